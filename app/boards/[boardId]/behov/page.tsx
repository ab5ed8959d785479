import { getTranslations } from "next-intl/server";
import { DemandSection } from "@/components/board/demand/demand-section";
import { Gate } from "@/components/board/gate";
import { requireBoardAccess } from "@/lib/auth/session";
import { throwIfErrorForced } from "@/lib/testing/forced-error";

export async function generateMetadata({ params }: { params: Promise<{ boardId: string }> }) {
  const { boardId } = await params;
  const { board } = await requireBoardAccess(boardId);
  const t = await getTranslations("demand");
  return { title: `${t("title")} — ${board.name}` };
}

export default async function DemandPage({
  params,
  searchParams,
}: {
  params: Promise<{ boardId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { boardId } = await params;
  await requireBoardAccess(boardId);
  throwIfErrorForced(await searchParams);
  return (
    <Gate>
      <DemandSection importHref={`/boards/${boardId}/import`} />
    </Gate>
  );
}
