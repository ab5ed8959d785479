"use client";

import { AlertTriangle } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { type ColumnMapping, IMPORT_FIELDS, type ImportKind } from "@/lib/import/mapping";
import type { ImportTable } from "@/lib/import/table";
import type { ImportError, ImportRow } from "@/lib/import/validate";
import { cellText } from "@/lib/import/values";

const MAX_PREVIEW = 200;

/** A row error in the UI language: "rad 14: ”v. 54” finns inte". */
export function useErrorText() {
  const t = useTranslations("import.errors");
  return (error: ImportError) => t(error.code, { line: error.line, value: error.value, matches: error.matches ?? "" });
}

/** Which column holds what: one select per field of the import kind. */
export function MappingForm(props: {
  kind: ImportKind;
  headers: string[];
  mapping: ColumnMapping;
  missing: string[];
  onChange: (mapping: ColumnMapping) => void;
}) {
  const t = useTranslations("import");
  const id = useId();
  return (
    <fieldset className="grid gap-3 sm:grid-cols-3 lg:grid-cols-5">
      <legend className="mb-2 text-base font-semibold text-slate-900">{t("mapping")}</legend>
      {IMPORT_FIELDS[props.kind].map(({ field, required }) => {
        const isMissing = props.missing.includes(field);
        return (
          <div key={field}>
            <label htmlFor={`${id}-${field}`} className="block text-sm font-medium text-slate-800">
              {t(`fields.${field}`)}
              {required ? " *" : ""}
            </label>
            <select
              id={`${id}-${field}`}
              value={props.mapping[field] ?? ""}
              aria-invalid={isMissing || undefined}
              onChange={(e) =>
                props.onChange({ ...props.mapping, [field]: e.target.value === "" ? null : Number(e.target.value) })
              }
              className="mt-1 block w-full min-h-9 rounded-md border border-slate-300 bg-white px-2 text-sm aria-[invalid=true]:border-deficit"
            >
              <option value="">{t("notMapped")}</option>
              {props.headers.map((header, i) => (
                <option key={i} value={i}>
                  {header}
                </option>
              ))}
            </select>
          </div>
        );
      })}
    </fieldset>
  );
}

/** The rows as read, with their errors and an include checkbox per row. */
export function PreviewTable(props: {
  table: ImportTable;
  rows: ImportRow[];
  excluded: ReadonlySet<number>;
  onToggle: (line: number, include: boolean) => void;
}) {
  const t = useTranslations("import");
  const errorText = useErrorText();
  // Every row with an error, then the first good rows, in file order.
  const shown = props.rows.filter((row, i) => row.errors.length > 0 || i < MAX_PREVIEW);
  return (
    <div className="max-h-[28rem] overflow-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm" data-testid="import-preview">
        <thead className="sticky top-0 bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-2 py-2 text-left">
              {t("include")}
            </th>
            <th scope="col" className="px-2 py-2 text-right">
              {t("line")}
            </th>
            {props.table.headers.map((h, i) => (
              <th key={i} scope="col" className="px-2 py-2 text-left">
                {h}
              </th>
            ))}
            <th scope="col" className="px-2 py-2 text-left">
              {t("status")}
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => {
            const hasErrors = row.errors.length > 0;
            const isIncluded = !props.excluded.has(row.line);
            return (
              <tr
                key={row.line}
                className={`border-t border-slate-100 ${hasErrors ? (isIncluded ? "bg-deficit-soft/60" : "bg-slate-50 text-slate-500 line-through") : ""}`}
                data-testid={`import-row-${row.line}`}
              >
                <td className="px-2 py-1">
                  <input
                    type="checkbox"
                    className="size-4"
                    checked={isIncluded}
                    aria-label={t("includeLine", { line: row.line })}
                    onChange={(e) => props.onToggle(row.line, e.target.checked)}
                  />
                </td>
                <td className="tabular px-2 py-1 text-right">{row.line}</td>
                {props.table.headers.map((_, i) => (
                  <td key={i} className="px-2 py-1">
                    {cellText(row.cells[i] ?? null)}
                  </td>
                ))}
                <td className="px-2 py-1">
                  {hasErrors ? (
                    <span className="inline-flex items-start gap-1 font-medium text-deficit no-underline">
                      <AlertTriangle aria-hidden className="mt-0.5 size-4 shrink-0" />
                      <span>{row.errors.map(errorText).join("; ")}</span>
                    </span>
                  ) : (
                    <span className="text-surplus">✓ {t("ok")}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {props.rows.length > shown.length && (
        <p className="border-t border-slate-100 px-3 py-2 text-sm text-slate-600">
          {t("moreRows", { count: props.rows.length - shown.length })}
        </p>
      )}
    </div>
  );
}
