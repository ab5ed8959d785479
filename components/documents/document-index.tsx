import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ui } from "@/components/ui/styles";
import type { BoardDocument } from "@/lib/db/schema";

const STATUS_STYLE: Record<string, string> = {
  draft: "bg-amber-100 text-amber-900",
  review: "bg-accent-soft text-accent-strong",
  active: "bg-emerald-100 text-emerald-900",
  archived: "bg-slate-100 text-slate-700",
};

/**
 * A section's documents, newest first, with the title search above them (`?q=`, case-insensitive):
 * each with its status and date. `ns` names the section's messages (search, none, noMatch).
 */
export async function DocumentIndex(props: {
  boardId: string;
  docs: BoardDocument[];
  query: string;
  section: "agreements" | "reflektion";
  ns: "agreements" | "reflection";
  testId: string;
}) {
  const t = await getTranslations();
  const format = await getFormatter();
  const needle = props.query.toLocaleLowerCase("sv");
  const shown = props.docs.filter((d) => d.title.toLocaleLowerCase("sv").includes(needle)).reverse();
  const searchId = `${props.ns}-search`;
  return (
    <>
      <form role="search" className="no-print flex items-end gap-2" action="">
        <div className="w-80">
          <label htmlFor={searchId} className={ui.label}>
            {t(`${props.ns}.search`)}
          </label>
          <input
            id={searchId}
            name="q"
            type="search"
            defaultValue={props.query}
            placeholder={t(`${props.ns}.searchPlaceholder`)}
            className={ui.input}
          />
        </div>
        <button type="submit" className={ui.buttonSecondary}>
          {t(`${props.ns}.search`)}
        </button>
      </form>
      {shown.length === 0 ? (
        <p className="text-sm text-slate-600">
          {props.query ? t(`${props.ns}.noMatch`, { query: props.query }) : t(`${props.ns}.none`)}
        </p>
      ) : (
        <ul
          className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white"
          data-testid={props.testId}
        >
          {shown.map((doc) => (
            <li key={doc.id} className="flex items-center gap-3 px-4 py-3">
              <Link
                href={`/boards/${props.boardId}/${props.section}/${doc.id}`}
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
    </>
  );
}
