import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { CreateDocumentForm } from "@/components/documents/document-forms";
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

const STATUS_STYLE: Record<string, string> = {
  draft: "bg-amber-100 text-amber-900",
  review: "bg-accent-soft text-accent-strong",
  active: "bg-emerald-100 text-emerald-900",
  archived: "bg-slate-100 text-slate-700",
};

export default async function AgreementsPage(props: {
  params: Promise<{ boardId: string }>;
  searchParams: Promise<{ q?: string }>;
}) {
  const { boardId } = await props.params;
  const query = ((await props.searchParams).q ?? "").trim();
  const { board, role } = await requireBoardAccess(boardId);
  const t = await getTranslations();
  const format = await getFormatter();
  const all = (await listBoardDocuments(await getDb(), board.id)).filter(
    (d) => d.kind === "agreement" || d.kind === "care-catalogue",
  );
  const needle = query.toLocaleLowerCase("sv");
  const shown = all.filter((d) => d.title.toLocaleLowerCase("sv").includes(needle)).reverse();
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
          <p className="mb-3 text-sm text-slate-600">{t("agreements.templateStart")}</p>
          <CreateDocumentForm
            action={createDocumentAction}
            boardId={board.id}
            template="start-agreement"
            defaultTitle={t("agreements.templateStart")}
            label={t("agreements.titleLabel")}
            submit={t("agreements.create")}
          />
          <p className="mt-4 mb-3 text-sm text-slate-600">{t("agreements.templateProductionGoals")}</p>
          <CreateDocumentForm
            action={createDocumentAction}
            boardId={board.id}
            template="production-goals"
            defaultTitle={t("agreements.templateProductionGoals")}
            label={t("agreements.titleLabelProductionGoals")}
            submit={t("agreements.createProductionGoals")}
          />
          <p className="mt-4 mb-3 text-sm text-slate-600">{t("careCatalogue.template")}</p>
          <CreateDocumentForm
            action={createDocumentAction}
            boardId={board.id}
            template="care-catalogue"
            defaultTitle={t("careCatalogue.template")}
            label={t("careCatalogue.titleLabel")}
            submit={t("careCatalogue.create")}
          />
        </section>
      )}
      <form role="search" className="no-print flex items-end gap-2" action="">
        <div className="w-80">
          <label htmlFor="agreement-search" className={ui.label}>
            {t("agreements.search")}
          </label>
          <input
            id="agreement-search"
            name="q"
            type="search"
            defaultValue={query}
            placeholder={t("agreements.searchPlaceholder")}
            className={ui.input}
          />
        </div>
        <button type="submit" className={ui.buttonSecondary}>
          {t("agreements.search")}
        </button>
      </form>
      {shown.length === 0 ? (
        <p className="text-sm text-slate-600">{query ? t("agreements.noMatch", { query }) : t("agreements.none")}</p>
      ) : (
        <ul
          className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white"
          data-testid="agreement-list"
        >
          {shown.map((doc) => (
            <li key={doc.id} className="flex items-center gap-3 px-4 py-3">
              <Link
                href={`/boards/${board.id}/agreements/${doc.id}`}
                className="flex-1 font-medium text-accent-strong hover:underline"
              >
                {doc.title}
              </Link>
              <span className={`rounded px-2 py-0.5 text-xs font-semibold ${STATUS_STYLE[doc.status]}`}>
                {t(`documents.status.${doc.status}`)}
              </span>
              <span className="text-xs text-slate-600">
                {t("agreements.created", { date: format.dateTime(doc.createdAt, { dateStyle: "medium" }) })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
