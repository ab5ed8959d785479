import { getTranslations } from "next-intl/server";
import { CARE_CATALOGUE_KEY, type CareCatalogueRow } from "@/lib/documents/care-catalogue";
import { formatNumber } from "@/lib/format";
import type { VersionContent } from "@/lib/versions/content";
import { printCell, printHead } from "./print-styles";

const cell = printCell;
const head = printHead;

/** The catalogue rows frozen into a version's content, or null when it holds none. */
function frozenRows(content: VersionContent): CareCatalogueRow[] | null {
  const value = content.frozen?.[CARE_CATALOGUE_KEY] as { rows?: CareCatalogueRow[] } | undefined;
  return Array.isArray(value?.rows) ? value.rows : null;
}

/** A decided vårdtjänstkatalog's rows in the signed PDF (with the unit column on a strategic board's). */
export async function CataloguePrint({ content }: { content: VersionContent }) {
  const rows = frozenRows(content);
  if (!rows) return null;
  const t = await getTranslations("careCatalogue");
  const showUnit = rows.some((r) => r.unit);
  const wait = (row: CareCatalogueRow) =>
    !row.hasWaitingList
      ? t("noWaitingList")
      : row.expectedWaitWeeks === null
        ? t("beyondHorizon")
        : t("weeks", { count: row.expectedWaitWeeks });
  return (
    <section className="mb-3">
      <h2 className="text-base font-bold">{t("title")}</h2>
      <table className="w-full border-collapse text-[8pt]">
        <thead>
          <tr>
            {showUnit && <th className={head}>{t("unit")}</th>}
            {(["service", "place", "need", "capacity", "limitations", "wait"] as const).map((key) => (
              <th key={key} className={head}>
                {t(key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.unit ?? ""}:${row.objectId}`}>
              {showUnit && <td className={cell}>{row.unit}</td>}
              <td className={cell}>{row.service}</td>
              <td className={cell}>{row.place}</td>
              <td className={`${cell} text-right tabular-nums`}>{formatNumber(row.allocatedNeed)}</td>
              <td className={`${cell} text-right tabular-nums`}>{formatNumber(row.promisedCapacity)}</td>
              <td className={cell}>{row.limitations.join("; ") || t("noLimitations")}</td>
              <td className={cell}>{wait(row)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
