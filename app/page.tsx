import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/app/actions/locale";
import { AppHeader } from "@/components/app-header";
import { ui } from "@/components/ui/styles";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { type BoardListItem, listBoardsForUser } from "@/lib/db/queries/boards";
import { formatDateTime } from "@/lib/format";

export async function generateMetadata() {
  const t = await getTranslations("boards");
  return { title: t("title") };
}

function groupByUnit(items: BoardListItem[]): [string, BoardListItem[]][] {
  const groups = new Map<string, BoardListItem[]>();
  for (const item of items) groups.set(item.unitName, [...(groups.get(item.unitName) ?? []), item]);
  return [...groups.entries()];
}

export default async function BoardsPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const user = await requireUser();
  const { q } = await searchParams;
  const query = (q ?? "").slice(0, 100);
  const t = await getTranslations();
  const items = await listBoardsForUser(await getDb(), user.id, query);
  const groups = groupByUnit(items);
  return (
    <>
      <AppHeader user={user} localeAction={setLocaleAction} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        <div className="flex flex-wrap items-center gap-4">
          <h1 className={ui.h1}>{t("boards.title")}</h1>
          <Link href="/boards/new" className={`${ui.button} ml-auto`}>
            {t("boards.create")}
          </Link>
        </div>
        <form role="search" className="mt-6 flex max-w-lg gap-2" action="/">
          <label htmlFor="q" className="sr-only">
            {t("boards.search")}
          </label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={query}
            placeholder={t("boards.search")}
            className={ui.input}
          />
          <button type="submit" className={ui.buttonSecondary}>
            {t("boards.searchButton")}
          </button>
        </form>
        {items.length === 0 && (
          <div className={`${ui.card} mt-8 text-slate-700`}>
            {query ? (
              <p>
                {t("boards.noMatch", { query })}{" "}
                <Link href="/" className="font-medium text-accent underline">
                  {t("boards.clearSearch")}
                </Link>
              </p>
            ) : (
              <p>{t("boards.empty")}</p>
            )}
          </div>
        )}
        {groups.map(([unit, boards]) => (
          <section key={unit} className="mt-8" aria-labelledby={`unit-${boards[0]!.unitId}`}>
            <h2 id={`unit-${boards[0]!.unitId}`} className={ui.h2}>
              {unit}{" "}
              <span className="text-sm font-normal text-slate-500">
                · {t("boards.count", { count: boards.length })}
              </span>
            </h2>
            <ul className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
              {boards.map((board) => (
                <li key={board.id}>
                  <Link
                    href={`/boards/${board.id}`}
                    className="block h-full rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-accent hover:shadow"
                  >
                    <span className="block font-semibold text-slate-900">{board.name}</span>
                    <span className="mt-2 flex flex-wrap gap-2 text-xs">
                      <span className="rounded bg-accent-soft px-2 py-0.5 font-medium text-accent-strong">
                        {t(`boardLevels.${board.level}`)}
                      </span>
                      <span className="rounded bg-slate-100 px-2 py-0.5 text-slate-700">
                        {t("boards.period", { period: board.period })}
                      </span>
                      <span className="rounded bg-slate-100 px-2 py-0.5 text-slate-700">
                        {t("boards.yourRole", { role: t(`roles.${board.role}`) })}
                      </span>
                      {board.archivedAt && (
                        <span className="rounded bg-amber-50 px-2 py-0.5 text-amber-900">
                          {t("admin.boards.archived")}
                        </span>
                      )}
                    </span>
                    <span className="mt-2 block text-xs text-slate-500">
                      {t("boards.updated", { date: formatDateTime(board.updatedAt) })}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </main>
    </>
  );
}
