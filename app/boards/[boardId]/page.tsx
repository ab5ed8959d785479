import { getTranslations } from "next-intl/server";
import { Gate } from "@/components/board/gate";
import { SignoffBanner } from "@/components/board/history/signoff-banner";
import { LiveOverview } from "@/components/board/overview";
import { ui } from "@/components/ui/styles";
import { requireBoardAccess } from "@/lib/auth/session";

export async function generateMetadata({ params }: { params: Promise<{ boardId: string }> }) {
  const { boardId } = await params;
  const { board } = await requireBoardAccess(boardId);
  return { title: board.name };
}

export default async function BoardOverviewPage({ params }: { params: Promise<{ boardId: string }> }) {
  const { boardId } = await params;
  const { board } = await requireBoardAccess(boardId);
  const t = await getTranslations("overview");
  return (
    <Gate>
      <SignoffBanner boardId={board.id} />
      <LiveOverview />
      <p className="no-print mt-8">
        <a href={`/api/boards/${board.id}/export`} className={ui.buttonSecondary} download>
          {t("export")}
        </a>
      </p>
    </Gate>
  );
}
