import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Gate } from "@/components/board/gate";
import { PrintButton, SaveRoundForm } from "@/components/documents/document-forms";
import { SelfAssessmentRound } from "@/components/documents/self-assessment-round";
import { ui } from "@/components/ui/styles";
import { hasRole } from "@/lib/auth/roles";
import { requireBoardAccess } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { findBoardDocument } from "@/lib/db/queries/board-documents";
import { saveSelfAssessmentAction } from "../../agreements/actions";

export default async function SelfAssessmentRoundPage({
  params,
}: {
  params: Promise<{ boardId: string; docId: string }>;
}) {
  const { boardId, docId } = await params;
  const { board, role } = await requireBoardAccess(boardId);
  const doc = await findBoardDocument(await getDb(), board.id, docId);
  if (doc?.kind !== "self-assessment") notFound();
  const t = await getTranslations("selfAssessment");
  const saved = doc.status !== "draft";
  return (
    <article className="space-y-4">
      <Link
        href={`/boards/${board.id}/self-assessment`}
        className="no-print text-sm text-accent-strong hover:underline"
      >
        ← {t("back")}
      </Link>
      <header className="flex flex-wrap items-center gap-3">
        <h2 className={ui.h1} data-testid="document-title">
          {doc.title}
        </h2>
        <span className="rounded bg-slate-100 px-2 py-0.5 text-sm font-semibold" data-testid="document-status">
          {saved ? t("saved") : t("current")}
        </span>
        <div className="ml-auto flex items-center gap-2">
          {!saved && hasRole(role, "editor") && (
            <SaveRoundForm action={saveSelfAssessmentAction} boardId={board.id} docId={doc.id} label={t("save")} />
          )}
          <PrintButton label={t("print")} />
        </div>
      </header>
      <Gate>
        <SelfAssessmentRound docId={doc.id} saved={saved} />
      </Gate>
    </article>
  );
}
