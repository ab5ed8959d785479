import { getTranslations } from "next-intl/server";
import { DemandSection } from "@/components/board/demand/demand-section";
import { Gate } from "@/components/board/gate";
import { requireBoardAccess } from "@/lib/auth/session";

export async function generateMetadata({ params }: { params: Promise<{ boardId: string }> }) {
  const { boardId } = await params;
  const { board } = await requireBoardAccess(boardId);
  const t = await getTranslations("demand");
  return { title: `${t("title")} — ${board.name}` };
}

export default async function DemandPage({ params }: { params: Promise<{ boardId: string }> }) {
  const { boardId } = await params;
  await requireBoardAccess(boardId);
  return (
    <Gate>
      <DemandSection importHref={`/boards/${boardId}/import`} />
    </Gate>
  );
}
