"use client";

import { useState, useTransition } from "react";
import { guessPeopleMapping, mapPeopleRows, PEOPLE_FIELDS, type PeopleMapping } from "@/lib/import/people-mapping";
import { type ImportTable, readImportFile } from "@/lib/import/table";
import type { PeopleImportAnswer } from "@/lib/server/admin/form-state";
import type { PeopleImportRow } from "@/lib/server/admin/import-people";
import { ui } from "../ui/styles";

export interface PeopleImportLabels {
  file: string;
  reading: string;
  readFailed: string;
  mapping: string;
  notMapped: string;
  fields: Record<(typeof PEOPLE_FIELDS)[number], string>;
  check: string;
  checking: string;
  rowsRead: string;
  problems: string;
  exclude: string;
  excludeAll: string;
  excludedCount: string;
  ready: string;
  confirm: string;
  importing: string;
  done: string;
}

const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ""));

/**
 * Bulk import of people: read a CSV/XLSX file, map its columns, check every row on the server
 * (problems named by row and field), exclude bad rows, and only then store — all or nothing.
 */
export function PeopleImport({
  labels,
  importPeopleAction,
}: {
  labels: PeopleImportLabels;
  /** The server action that checks (`dryRun`) or imports the mapped rows; passed by the page. */
  importPeopleAction: (rows: PeopleImportRow[], dryRun: boolean) => Promise<PeopleImportAnswer>;
}) {
  const [table, setTable] = useState<ImportTable | null>(null);
  const [mapping, setMapping] = useState<PeopleMapping | null>(null);
  const [excluded, setExcluded] = useState<Set<number>>(new Set());
  const [answer, setAnswer] = useState<PeopleImportAnswer | null>(null);
  const [checkedRows, setCheckedRows] = useState<number | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  async function onFile(file: File | undefined) {
    if (!file) return;
    setMessage(labels.reading);
    try {
      const read = await readImportFile(file);
      setTable(read);
      setMapping(guessPeopleMapping(read.headers));
      setExcluded(new Set());
      setAnswer(null);
      setMessage(null);
    } catch (error) {
      setMessage(`${labels.readFailed} ${(error as Error).message}`);
    }
  }

  function run(dryRun: boolean, skip = excluded) {
    if (!table || !mapping) return;
    const rows = mapPeopleRows(table, mapping, skip);
    startTransition(async () => {
      const result = await importPeopleAction(rows, dryRun);
      setAnswer(result);
      setCheckedRows(dryRun && result.ok ? rows.length : null);
      if (!dryRun && result.ok) {
        setMessage(fill(labels.done, { count: result.count }));
        setTable(null);
      }
    });
  }

  const badRows = [...new Set((answer?.errors ?? []).map((e) => e.row).filter((r): r is number => r !== undefined))];
  return (
    <div className="space-y-4">
      <div className={ui.card}>
        <label htmlFor="people-file" className={ui.label}>
          {labels.file}
        </label>
        <input
          id="people-file"
          type="file"
          accept=".csv,.txt,.xlsx"
          className="mt-2 block text-sm"
          onChange={(e) => onFile(e.target.files?.[0])}
        />
        {message && (
          <p role="status" className="mt-2 text-sm font-medium">
            {message}
          </p>
        )}
      </div>
      {table && mapping && (
        <div className={ui.card}>
          <h2 className={ui.h2}>{labels.mapping}</h2>
          <p className="text-sm text-slate-600">{fill(labels.rowsRead, { count: table.rows.length })}</p>
          <div className="mt-3 grid grid-cols-2 gap-3 md:grid-cols-5">
            {PEOPLE_FIELDS.map((field) => (
              <div key={field}>
                <label htmlFor={`map-${field}`} className={ui.label}>
                  {labels.fields[field]}
                </label>
                <select
                  id={`map-${field}`}
                  className={`${ui.input} mt-1`}
                  value={mapping[field] ?? ""}
                  onChange={(e) => {
                    setMapping({ ...mapping, [field]: e.target.value === "" ? null : Number(e.target.value) });
                    setAnswer(null);
                  }}
                >
                  <option value="">{labels.notMapped}</option>
                  {table.headers.map((h, i) => (
                    <option key={`${h}-${i}`} value={i}>
                      {h || `#${i + 1}`}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
          <button type="button" className={`${ui.buttonSecondary} mt-4`} disabled={pending} onClick={() => run(true)}>
            {pending ? labels.checking : labels.check}
          </button>
        </div>
      )}
      {table && answer && !answer.ok && (
        <div className={ui.card}>
          <h2 className={ui.h2}>{fill(labels.problems, { count: badRows.length })}</h2>
          <ul role="alert" className="mt-2 space-y-1 text-sm text-deficit" data-testid="import-errors">
            {answer.errors.map((e) => (
              <li key={`${e.row}-${e.field}-${e.message}`} className="flex items-center gap-3">
                <span className="flex-1">{e.message}</span>
                {e.row !== undefined && (
                  <button
                    type="button"
                    className={ui.buttonSecondary}
                    onClick={() => {
                      const next = new Set(excluded).add(e.row!);
                      setExcluded(next);
                      run(true, next);
                    }}
                  >
                    {fill(labels.exclude, { row: e.row })}
                  </button>
                )}
              </li>
            ))}
          </ul>
          {badRows.length > 1 && (
            <button
              type="button"
              className={`${ui.buttonSecondary} mt-3`}
              onClick={() => {
                const next = new Set([...excluded, ...badRows]);
                setExcluded(next);
                run(true, next);
              }}
            >
              {labels.excludeAll}
            </button>
          )}
        </div>
      )}
      {table && answer?.ok && checkedRows !== null && (
        <div className={ui.card}>
          <p role="status" className="text-sm font-medium text-surplus">
            {fill(labels.ready, { count: checkedRows })}
            {excluded.size > 0 && ` ${fill(labels.excludedCount, { count: excluded.size })}`}
          </p>
          <button type="button" className={`${ui.button} mt-3`} disabled={pending} onClick={() => run(false)}>
            {pending ? labels.importing : fill(labels.confirm, { count: checkedRows })}
          </button>
        </div>
      )}
    </div>
  );
}
