import { getTranslations } from "next-intl/server";
import { DocumentIndex } from "@/components/documents/document-index";
import { CreateReflectionForm } from "@/components/documents/reflection-forms";
import { ui } from "@/components/ui/styles";
import { hasRole } from "@/lib/auth/roles";
import { requireBoardAccess } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { listBoardDocuments } from "@/lib/db/queries/board-documents";
import { addWeeks, type PksBoard } from "@/lib/engine";
import { createReflectionAction } from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("reflection");
  return { title: t("title") };
}

export default async function ReflectionsPage(props: {
  params: Promise<{ boardId: string }>;
  searchParams: Promise<{ q?: string }>;
}) {
  const { boardId } = await props.params;
  const query = ((await props.searchParams).q ?? "").trim();
  const { board, role } = await requireBoardAccess(boardId);
  const t = await getTranslations();
  const all = (await listBoardDocuments(await getDb(), board.id)).filter((d) => d.kind === "reflection");
  // A first suggestion for the period: the horizon's first four weeks.
  const start = (board.data as PksBoard).horizon.start;
  return (
    <div className="max-w-5xl space-y-5">
      <div>
        <h2 className={ui.h1}>{t("reflection.title")}</h2>
        <p className="mt-1 text-sm text-slate-600">{t("reflection.intro")}</p>
      </div>
      {hasRole(role, "editor") && (
        <section className={ui.card} aria-labelledby="new-reflection">
          <h3 id="new-reflection" className={`${ui.h2} mb-2`}>
            {t("reflection.create")}
          </h3>
          <CreateReflectionForm
            action={createReflectionAction}
            boardId={board.id}
            fromWeek={start}
            toWeek={addWeeks(start, 3)}
          />
        </section>
      )}
      <DocumentIndex
        boardId={board.id}
        docs={all}
        query={query}
        section="reflektion"
        ns="reflection"
        testId="reflection-list"
      />
    </div>
  );
}
