import { getTranslations } from "next-intl/server";
import { CreateDocumentForm } from "@/components/documents/document-forms";
import { DocumentIndex } from "@/components/documents/document-index";
import { ui } from "@/components/ui/styles";
import { hasRole } from "@/lib/auth/roles";
import { requireBoardAccess } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { listBoardDocuments } from "@/lib/db/queries/board-documents";
import { createDocumentAction } from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("agreements");
  return { title: t("title") };
}

/** The documents this section creates, each with its own form (label and button keep them apart). */
const TEMPLATES = [
  {
    template: "start-agreement",
    name: "agreements.templateStart",
    label: "agreements.titleLabel",
    submit: "agreements.create",
  },
  {
    template: "production-goals",
    name: "agreements.templateProductionGoals",
    label: "agreements.titleLabelProductionGoals",
    submit: "agreements.createProductionGoals",
  },
  {
    template: "care-catalogue",
    name: "careCatalogue.template",
    label: "careCatalogue.titleLabel",
    submit: "careCatalogue.create",
  },
] as const;

export default async function AgreementsPage(props: {
  params: Promise<{ boardId: string }>;
  searchParams: Promise<{ q?: string }>;
}) {
  const { boardId } = await props.params;
  const query = ((await props.searchParams).q ?? "").trim();
  const { board, role } = await requireBoardAccess(boardId);
  const t = await getTranslations();
  const all = (await listBoardDocuments(await getDb(), board.id)).filter(
    (d) => d.kind === "agreement" || d.kind === "care-catalogue",
  );
  return (
    <div className="max-w-5xl space-y-5">
      <div>
        <h2 className={ui.h1}>{t("agreements.title")}</h2>
        <p className="mt-1 text-sm text-slate-600">{t("agreements.intro")}</p>
      </div>
      {hasRole(role, "editor") && (
        <section className={ui.card} aria-labelledby="new-agreement">
          <h3 id="new-agreement" className={ui.h2}>
            {t("agreements.create")}
          </h3>
          {TEMPLATES.map((form, i) => (
            <div key={form.template} className={i > 0 ? "mt-4" : ""}>
              <p className="mb-3 text-sm text-slate-600">{t(form.name)}</p>
              <CreateDocumentForm
                action={createDocumentAction}
                boardId={board.id}
                template={form.template}
                defaultTitle={t(form.name)}
                label={t(form.label)}
                submit={t(form.submit)}
              />
            </div>
          ))}
        </section>
      )}
      <DocumentIndex
        boardId={board.id}
        docs={all}
        query={query}
        section="agreements"
        ns="agreements"
        testId="agreement-list"
      />
    </div>
  );
}
