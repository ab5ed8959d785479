import { getTranslations } from "next-intl/server";
import { CapacitySection } from "@/components/board/capacity/capacity-section";
import { Gate } from "@/components/board/gate";
import { requireBoardAccess } from "@/lib/auth/session";

export async function generateMetadata({ params }: { params: Promise<{ boardId: string }> }) {
  const { boardId } = await params;
  const { board } = await requireBoardAccess(boardId);
  const t = await getTranslations("capacity");
  return { title: `${t("title")} — ${board.name}` };
}

export default async function CapacityPage({ params }: { params: Promise<{ boardId: string }> }) {
  const { boardId } = await params;
  await requireBoardAccess(boardId);
  return (
    <Gate>
      <CapacitySection />
    </Gate>
  );
}
