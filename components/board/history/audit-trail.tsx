import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ui } from "@/components/ui/styles";
import { type AuditTranslate, describeAuditDetails, describeAuditType, formatAuditDetails } from "@/lib/audit/describe";
import type { StoredAuditEvent } from "@/lib/db/queries/audit";

/** The board's audit trail for owners: typed events, newest first, filterable by type, exportable as CSV. */
export async function AuditTrail({
  boardId,
  events,
  names,
  type,
}: {
  boardId: string;
  events: StoredAuditEvent[];
  names: Map<string, string>;
  type: string | null;
}) {
  const t = await getTranslations("audit");
  const format = await getFormatter();
  const locale = await getLocale();
  const te = (await getTranslations("auditEvents")) as unknown as AuditTranslate;
  const types = [...new Set(events.map((e) => e.event.type))].sort();
  const shown = events
    .filter((e) => !type || e.event.type === type)
    .reverse()
    .slice(0, 200);
  const csv = `/api/boards/${boardId}/audit.csv${type ? `?type=${encodeURIComponent(type)}` : ""}`;
  return (
    <section aria-labelledby="audit-title" className="space-y-3" data-testid="audit-trail">
      <div className="flex flex-wrap items-end gap-3">
        <h3 id="audit-title" className={ui.h2}>
          {t("title")}
        </h3>
        <form method="get" className="flex items-end gap-2">
          <label htmlFor="audit-type" className="sr-only">
            {t("filter")}
          </label>
          <select id="audit-type" name="event" defaultValue={type ?? ""} className={`${ui.input} w-64 py-1`}>
            <option value="">{t("all")}</option>
            {types.map((ty) => (
              <option key={ty} value={ty}>
                {describeAuditType(ty, te)}
              </option>
            ))}
          </select>
          <button type="submit" className={ui.buttonSecondary}>
            {t("filter")}
          </button>
        </form>
        <a href={csv} className={ui.buttonSecondary} download>
          {t("exportCsv")}
        </a>
      </div>
      {shown.length === 0 ? (
        <p className="text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <div className="max-h-80 overflow-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-sm">
            <thead className="sticky top-0 bg-slate-50 text-left">
              <tr>
                <th scope="col" className="px-3 py-2">
                  {t("when")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("who")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("what")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("details")}
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((e, i) => (
                <tr key={`${e.createdAt.getTime()}-${i}`} className="border-t border-slate-100 align-top">
                  <td className="px-3 py-1 whitespace-nowrap tabular-nums">
                    {format.dateTime(e.createdAt, { dateStyle: "short", timeStyle: "medium" })}
                  </td>
                  <td className="px-3 py-1">{e.userId ? (names.get(e.userId) ?? "?") : t("system")}</td>
                  <td className="px-3 py-1" title={e.event.type}>
                    {describeAuditType(e.event.type, te)}
                  </td>
                  <td className="max-w-md px-3 py-1 text-xs text-slate-700">
                    {formatAuditDetails(describeAuditDetails(e.event.data, te, names, locale))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
