import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
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
  const format = await getFormatter();
  const all = (await listBoardDocuments(await getDb(), board.id)).filter((d) => d.kind === "reflection");
  const needle = query.toLocaleLowerCase("sv");
  const shown = all.filter((d) => d.title.toLocaleLowerCase("sv").includes(needle)).reverse();
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
      <form role="search" className="no-print flex items-end gap-2" action="">
        <div className="w-80">
          <label htmlFor="reflection-search" className={ui.label}>
            {t("reflection.search")}
          </label>
          <input
            id="reflection-search"
            name="q"
            type="search"
            defaultValue={query}
            placeholder={t("reflection.searchPlaceholder")}
            className={ui.input}
          />
        </div>
        <button type="submit" className={ui.buttonSecondary}>
          {t("reflection.search")}
        </button>
      </form>
      {shown.length === 0 ? (
        <p className="text-sm text-slate-600">{query ? t("reflection.noMatch", { query }) : t("reflection.none")}</p>
      ) : (
        <ul
          className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white"
          data-testid="reflection-list"
        >
          {shown.map((doc) => (
            <li key={doc.id} className="flex items-center gap-3 px-4 py-3">
              <Link
                href={`/boards/${board.id}/reflektion/${doc.id}`}
                className="flex-1 font-medium text-accent-strong hover:underline"
              >
                {doc.title}
              </Link>
              <span className="rounded bg-slate-100 px-2 py-0.5 text-xs font-semibold text-slate-800">
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
