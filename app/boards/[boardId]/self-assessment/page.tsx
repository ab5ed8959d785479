import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { CreateDocumentForm } from "@/components/documents/document-forms";
import { SelfAssessmentHistory } from "@/components/documents/self-assessment-history";
import { ui } from "@/components/ui/styles";
import { hasRole } from "@/lib/auth/roles";
import { requireBoardAccess } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { listBoardDocuments } from "@/lib/db/queries/board-documents";
import { listSelfAssessmentRounds } from "@/lib/db/queries/self-assessment-rounds";
import { createDocumentAction } from "../agreements/actions";

export async function generateMetadata() {
  const t = await getTranslations("selfAssessment");
  return { title: t("title") };
}

export default async function SelfAssessmentPage({ params }: { params: Promise<{ boardId: string }> }) {
  const { boardId } = await params;
  const { board, role } = await requireBoardAccess(boardId);
  const t = await getTranslations("selfAssessment");
  const tDocs = await getTranslations("documents");
  const format = await getFormatter();
  const db = await getDb();
  const rounds = (await listBoardDocuments(db, board.id)).filter((d) => d.kind === "self-assessment").reverse();
  const saved = await listSelfAssessmentRounds(db, board.id);
  const savedAt = new Map(saved.map((r) => [r.docId, r.savedAt]));
  return (
    <div className="max-w-6xl space-y-5">
      <div>
        <h2 className={ui.h1}>{t("title")}</h2>
        <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
      </div>
      {hasRole(role, "editor") && (
        <section className={ui.card} aria-labelledby="new-round">
          <h3 id="new-round" className={`${ui.h2} mb-2`}>
            {t("start")}
          </h3>
          <CreateDocumentForm
            action={createDocumentAction}
            boardId={board.id}
            template="self-assessment"
            defaultTitle={t("defaultTitle", { date: format.dateTime(new Date(), { dateStyle: "medium" }) })}
            label={t("roundTitle")}
            submit={t("start")}
          />
        </section>
      )}
      <section aria-labelledby="rounds">
        <h3 id="rounds" className={`${ui.h2} mb-2`}>
          {t("rounds")}
        </h3>
        {rounds.length === 0 ? (
          <p className="text-sm text-slate-600">{t("none")}</p>
        ) : (
          <ul
            className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white"
            data-testid="round-list"
          >
            {rounds.map((doc) => {
              const at = savedAt.get(doc.id);
              return (
                <li key={doc.id} className="flex items-center gap-3 px-4 py-2">
                  <Link
                    href={`/boards/${board.id}/self-assessment/${doc.id}`}
                    className="flex-1 font-medium text-accent-strong hover:underline"
                  >
                    {doc.title}
                  </Link>
                  <span className="text-xs text-slate-600">
                    {at
                      ? t("savedOn", { date: format.dateTime(at, { dateStyle: "medium", timeStyle: "short" }) })
                      : tDocs("status.draft")}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section aria-labelledby="history">
        <h3 id="history" className={`${ui.h2} mb-2`}>
          {t("history")}
        </h3>
        <SelfAssessmentHistory
          rounds={saved.map((r) => ({ docId: r.docId, savedAt: r.savedAt, answers: r.answers }))}
        />
      </section>
    </div>
  );
}
