import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ui } from "@/components/ui/styles";
import type { FormState } from "@/lib/forms/form-state";
import { formatChange, pageChanges } from "@/lib/versions/diff-format";
import type { VersionChange } from "@/lib/versions/diff-parts";
import { RestoreDialog } from "./restore-dialog";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** Restoring one removed item from the older version, offered when comparing a version with the draft. */
export interface ItemRestore {
  boardId: string;
  versionId: string;
  versionName: string;
  action: Action;
}

/**
 * The diff in words, grouped by section and subject and paged (25 changes a page, a group never
 * split), changed paragraphs marked; removed items can be restored one by one.
 */
export async function DiffView({
  changes,
  page,
  hrefForPage,
  itemRestore,
}: {
  changes: VersionChange[];
  page: number;
  hrefForPage: (page: number) => string;
  itemRestore: ItemRestore | null;
}) {
  const t = await getTranslations("versions");
  const locale = await getLocale();
  if (changes.length === 0) return <p className="text-sm text-slate-600">{t("noChanges")}</p>;
  const current = pageChanges(changes, page);
  const textLabel = (key: string) => (t.has(`textKeys.${key}` as never) ? t(`textKeys.${key}` as never) : key);
  const say = (change: VersionChange) => {
    const named =
      change.section === "texts"
        ? { ...change, values: { ...change.values, text: textLabel(change.subject) } }
        : change;
    return formatChange(named, (k, v) => t(`diff.${k}` as never, v as never), locale);
  };
  return (
    <section aria-labelledby="diff-title" className="space-y-3" data-testid="version-diff">
      <h3 id="diff-title" className={ui.h2}>
        {t("changeCount", { count: current.total })}
      </h3>
      {current.groups.map((group) => (
        <div key={`${group.section}:${group.subject}`} className="rounded-md border border-slate-200 bg-white p-3">
          <h4 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
            {t(`sections.${group.section}` as never)}
            {group.section !== "texts" &&
              group.section !== "board" &&
              group.section !== "schedule" &&
              ` · ${group.subject}`}
          </h4>
          <ul className="mt-1 space-y-1 text-sm">
            {group.changes.map((change, i) => (
              <li
                key={`${change.key}-${i}`}
                className={change.section === "texts" ? "border-l-4 border-accent pl-2" : undefined}
              >
                {say(change)}
                {change.restorable && itemRestore && (
                  <span className="ml-2 inline-block">
                    <RestoreDialog
                      {...itemRestore}
                      when=""
                      item={{ ...change.restorable, name: change.subject }}
                      triggerLabel={t("restoreThis", { what: change.subject })}
                    />
                  </span>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
      {current.pageCount > 1 && (
        <nav
          aria-label={t("page", { page: current.page + 1, pages: current.pageCount })}
          className="flex items-center gap-3 text-sm"
        >
          {current.page > 0 && (
            <Link className={ui.buttonSecondary} href={hrefForPage(current.page - 1)}>
              {t("previous")}
            </Link>
          )}
          <span>{t("page", { page: current.page + 1, pages: current.pageCount })}</span>
          {current.page < current.pageCount - 1 && (
            <Link className={ui.buttonSecondary} href={hrefForPage(current.page + 1)}>
              {t("next")}
            </Link>
          )}
        </nav>
      )}
    </section>
  );
}
