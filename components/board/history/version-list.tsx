import { getFormatter, getTranslations } from "next-intl/server";
import { ui } from "@/components/ui/styles";
import type { FormState } from "@/lib/forms/form-state";
import type { HistoryVersion } from "@/lib/server/versions/load-history";
import { RestoreDialog } from "./restore-dialog";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** A version's name for people: its own name, or its kind. */
export function versionLabel(version: HistoryVersion, kindLabel: (kind: string) => string): string {
  return version.name ?? kindLabel(version.kind);
}

/** The versions, newest first: time, name, whose edits; restore for editors. */
export async function VersionList({
  boardId,
  versions,
  canEdit,
  restoreAction,
}: {
  boardId: string;
  versions: HistoryVersion[];
  canEdit: boolean;
  restoreAction: Action;
}) {
  const t = await getTranslations("versions");
  const format = await getFormatter();
  if (versions.length === 0) return <p className="text-sm text-slate-600">{t("empty")}</p>;
  const kind = (k: string) => t(`kinds.${k}` as never);
  return (
    <div className="max-h-96 overflow-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm" data-testid="version-list">
        <thead className="sticky top-0 bg-slate-50 text-left text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2">
              {t("when")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("name")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("editors")}
            </th>
            <th scope="col" className="px-3 py-2">
              <span className="sr-only">{t("restore")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => {
            const when = format.dateTime(v.createdAt, { dateStyle: "short", timeStyle: "short" });
            const label = versionLabel(v, kind);
            return (
              <tr key={v.id} className="border-t border-slate-100">
                <td className="px-3 py-2 whitespace-nowrap tabular-nums">{when}</td>
                <th scope="row" className="px-3 py-2 text-left font-medium">
                  {label}
                  {v.name && <span className="ml-2 text-xs font-normal text-slate-500">{kind(v.kind)}</span>}
                </th>
                <td className="px-3 py-2 text-slate-700">{v.editorNames.join(", ") || t("nobody")}</td>
                <td className="px-3 py-2 text-right whitespace-nowrap">
                  <a
                    className="mr-3 text-sm text-accent-strong underline"
                    href={`/api/boards/${boardId}/versions/${v.id}/xlsx`}
                    download
                    aria-label={t("xlsxLabel", { name: label })}
                  >
                    {t("xlsx")}
                  </a>
                  {canEdit && (
                    <RestoreDialog
                      boardId={boardId}
                      versionId={v.id}
                      versionName={label}
                      when={when}
                      action={restoreAction}
                      triggerLabel={t("restore")}
                    />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Pick two versions (or the current draft) to compare: a GET form, so the diff has an address. */
export async function CompareForm({ versions, from, to }: { versions: HistoryVersion[]; from?: string; to?: string }) {
  const t = await getTranslations("versions");
  const format = await getFormatter();
  const kind = (k: string) => t(`kinds.${k}` as never);
  const options = versions.map((v) => (
    <option key={v.id} value={v.id}>
      {format.dateTime(v.createdAt, { dateStyle: "short", timeStyle: "short" })} · {versionLabel(v, kind)}
    </option>
  ));
  return (
    <form method="get" className="flex flex-wrap items-end gap-2" aria-describedby="compare-help">
      <p id="compare-help" className="w-full text-sm text-slate-600">
        {t("compareHelp")}
      </p>
      <div>
        <label htmlFor="compare-from" className={ui.label}>
          {t("compareFrom")}
        </label>
        <select
          id="compare-from"
          name="from"
          defaultValue={from ?? versions[1]?.id ?? versions[0]?.id}
          className={`${ui.input} max-w-80`}
        >
          {options}
        </select>
      </div>
      <div>
        <label htmlFor="compare-to" className={ui.label}>
          {t("compareTo")}
        </label>
        <select id="compare-to" name="to" defaultValue={to ?? "draft"} className={`${ui.input} max-w-80`}>
          <option value="draft">{t("draft")}</option>
          {options}
        </select>
      </div>
      <button type="submit" className={ui.buttonSecondary}>
        {t("compare")}
      </button>
    </form>
  );
}
