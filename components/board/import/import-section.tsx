"use client";

import { CheckCircle2, FileUp } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { OutlierDialog, type OutlierQuestion } from "@/components/grid/outlier-dialog";
import { ui } from "@/components/ui/styles";
import { setCells } from "@/lib/board/doc-model";
import { formatNumber } from "@/lib/format";
import { type ColumnMapping, guessMapping, IMPORT_KINDS, type ImportKind, mappingProblems } from "@/lib/import/mapping";
import { findImportOutliers } from "@/lib/import/outliers";
import { findOverwrites } from "@/lib/import/overwrites";
import { ImportCancelledError, type ImportTable, readImportFile } from "@/lib/import/table";
import { canConfirmImport, collectEdits, type ImportRow, importTargets, validateTable } from "@/lib/import/validate";
import { useAnnounceSection, useBoardData, useBoardRoom } from "../board-room";
import { ExchangeJson } from "./exchange-json";
import { MappingForm, PreviewTable, useErrorText } from "./import-preview";
import { ImportUndo, writeAsOneStep } from "./import-undo";
import { describeEditTarget, OverwritePreview } from "./overwrite-preview";

type Busy = { step: "reading" | "checking"; share: number } | null;

/** Import of CSV/XLSX (history, outcomes, resources, availability, actual capacity) and pks-board JSON. */
export function ImportSection({
  beforeImport,
}: {
  /** Saves the checkpoint an import can be undone to (a server action); the import waits for it. */
  beforeImport?: (boardId: string, fileName: string) => Promise<boolean>;
} = {}) {
  const t = useTranslations("import");
  useAnnounceSection("import");
  const room = useBoardRoom();
  const board = useBoardData();
  const errorText = useErrorText();
  const fileId = useId();
  const [kind, setKind] = useState<ImportKind>("history");
  const [fileName, setFileName] = useState<string | null>(null);
  const [table, setTable] = useState<ImportTable | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [rows, setRows] = useState<ImportRow[] | null>(null);
  const [excluded, setExcluded] = useState<Set<number>>(new Set());
  const [busy, setBusy] = useState<Busy>(null);
  const [message, setMessage] = useState<{ kind: "error" | "done"; text: string } | null>(null);
  const abort = useRef<AbortController | null>(null);
  const [undoItem, setUndoItem] = useState<ReturnType<typeof writeAsOneStep>>(null);
  const [question, setQuestion] = useState<OutlierQuestion | null>(null);
  const tOutlier = useTranslations("outlier");

  // Re-check every row whenever the file, the kind, the mapping or the board's objects change.
  const targetsKey = board
    ? JSON.stringify([board.planningObjects.map((p) => p.id), board.resources.map((r) => r.id)])
    : "";
  // biome-ignore lint/correctness/useExhaustiveDependencies: targetsKey stands for the board's ids; other board edits must not restart the check
  useEffect(() => {
    if (!table || !board) return;
    const problems = mappingProblems(kind, mapping);
    if (problems.missing.length > 0 || problems.noValue) {
      setRows(null);
      return;
    }
    const controller = new AbortController();
    abort.current = controller;
    setBusy({ step: "checking", share: 0 });
    validateTable(table, kind, mapping, importTargets(board), {
      signal: controller.signal,
      onProgress: (share) => setBusy({ step: "checking", share }),
    })
      .then((checked) => {
        setRows(checked);
        setBusy(null);
      })
      .catch((error) => {
        if (!(error instanceof ImportCancelledError)) setMessage({ kind: "error", text: String(error) });
        setBusy(null);
      });
    return () => controller.abort();
  }, [table, kind, mapping, targetsKey]);

  async function onFile(file: File) {
    setMessage(null);
    setRows(null);
    setExcluded(new Set());
    setFileName(file.name);
    const controller = new AbortController();
    abort.current = controller;
    setBusy({ step: "reading", share: 0 });
    try {
      const read = await readImportFile(file, {
        signal: controller.signal,
        onProgress: (share) => setBusy({ step: "reading", share }),
      });
      setTable(read);
      setMapping(guessMapping(read.headers, kind));
      setBusy(null);
    } catch (error) {
      setBusy(null);
      setTable(null);
      setFileName(null);
      if (!(error instanceof ImportCancelledError))
        setMessage({ kind: "error", text: t("readFailed", { name: file.name }) });
    }
  }

  function reset() {
    abort.current?.abort();
    setTable(null);
    setRows(null);
    setFileName(null);
    setExcluded(new Set());
  }

  /** Saves a checkpoint version, then writes the accepted rows as one undoable step of this user. */
  async function write() {
    if (!rows) return;
    await beforeImport?.(room.boardId, fileName ?? kind);
    const edits = collectEdits(rows, excluded);
    setUndoItem(writeAsOneStep(room.undo, () => setCells(room.doc, edits, room.origin)));
    const count = rows.filter((r) => r.errors.length === 0 && !excluded.has(r.line)).length;
    reset();
    setMessage({ kind: "done", text: t("done", { count }) });
  }

  /** Asks once when values lie far outside their weeks ("spara ändå?"), else imports at once. */
  function confirm() {
    if (!rows || !board) return;
    const outliers = findImportOutliers(board, collectEdits(rows, excluded));
    if (outliers.length === 0) return write();
    const text = outliers
      .slice(0, 3)
      .map(({ edit, outlier }) =>
        tOutlier("where", {
          where: describeEditTarget(board, edit),
          text: tOutlier(outlier.direction, { ratio: formatNumber(outlier.ratio) }),
        }),
      )
      .join(" ");
    setQuestion({ text, apply: write });
  }

  if (!board)
    return (
      <p role="status" className="text-sm text-slate-600">
        {t("loading")}
      </p>
    );
  const problems = mappingProblems(kind, mapping);
  const overwrites = rows ? findOverwrites(board, collectEdits(rows, excluded)) : [];
  const errorRows = rows?.filter((r) => r.errors.length > 0) ?? [];
  const openErrors = errorRows.filter((r) => !excluded.has(r.line));
  const importable = rows?.filter((r) => r.errors.length === 0 && !excluded.has(r.line)).length ?? 0;
  const isConfirmable = rows !== null && busy === null && canConfirmImport(rows, excluded) && importable > 0;

  return (
    <div className="space-y-8">
      <div>
        <h2 className={ui.h1}>{t("title")}</h2>
        <p className="mt-1 text-sm text-slate-600">{t("subtitle")}</p>
      </div>
      {!room.canEdit && <p className="rounded-md bg-slate-100 px-3 py-2 text-sm">{t("readOnly")}</p>}
      <section aria-labelledby="file-heading" className={`${ui.card} space-y-5`}>
        <h3 id="file-heading" className={ui.h2}>
          {t("fileTitle")}
        </h3>
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">{t("kindLabel")}</legend>
          <div className="mt-2 grid gap-2 sm:grid-cols-2 lg:grid-cols-5">
            {IMPORT_KINDS.map((k) => (
              <label
                key={k}
                className={`flex cursor-pointer flex-col rounded-md border p-3 text-sm has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-accent ${kind === k ? "border-accent bg-accent-soft" : "border-slate-300 bg-white hover:bg-slate-50"}`}
              >
                <span className="flex items-center gap-2 font-semibold">
                  <input
                    type="radio"
                    name="import-kind"
                    className="size-4"
                    checked={kind === k}
                    onChange={() => {
                      setKind(k);
                      if (table) setMapping(guessMapping(table.headers, k));
                    }}
                  />
                  {t(`kinds.${k}.title`)}
                </span>
                <span className="mt-1 text-xs text-slate-600">{t(`kinds.${k}.help`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="flex flex-wrap items-center gap-3">
          <label
            htmlFor={fileId}
            className={`${ui.button} cursor-pointer has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-accent`}
          >
            <FileUp aria-hidden className="size-4" />
            {t("choose")}
            <input
              id={fileId}
              type="file"
              accept=".csv,.txt,.tsv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              className="sr-only"
              disabled={!room.canEdit || busy !== null}
              data-testid="import-file"
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = "";
                if (file) void onFile(file);
              }}
            />
          </label>
          <span className="text-sm text-slate-600">{fileName ?? t("formats")}</span>
          {table && busy === null && (
            <button type="button" className="text-sm underline" onClick={reset}>
              {t("clear")}
            </button>
          )}
        </div>
        {busy && (
          <div className="flex items-center gap-3" role="status">
            <progress className="h-2 w-64 accent-accent" max={1} value={busy.share} aria-label={t(busy.step)} />
            <span className="text-sm text-slate-700">
              {t(busy.step)} {Math.round(busy.share * 100)} %
            </span>
            <button type="button" className={ui.buttonSecondary} onClick={() => abort.current?.abort()}>
              {t("cancel")}
            </button>
          </div>
        )}
        {message && (
          <p
            role={message.kind === "error" ? "alert" : "status"}
            className={`flex items-center gap-2 rounded-md px-3 py-2 text-sm font-medium ${message.kind === "error" ? "bg-deficit-soft text-deficit" : "bg-surplus-soft text-surplus"}`}
            data-testid="import-message"
          >
            {message.kind === "done" && <CheckCircle2 aria-hidden className="size-4" />}
            {message.text}
          </p>
        )}
        {message?.kind === "done" && <ImportUndo undo={room.undo} item={undoItem} />}
      </section>

      {table && (
        <section aria-labelledby="preview-heading" className={`${ui.card} space-y-4`}>
          <h3 id="preview-heading" className={ui.h2}>
            {t("previewTitle", { count: table.rows.length })}
          </h3>
          <MappingForm
            kind={kind}
            headers={table.headers}
            mapping={mapping}
            missing={problems.missing}
            onChange={setMapping}
          />
          {(problems.missing.length > 0 || problems.noValue) && (
            <p className={ui.fieldError} role="alert">
              {problems.noValue
                ? t("mapOneValue")
                : t("mapMissing", { fields: problems.missing.map((f) => t(`fields.${f}`)).join(", ") })}
            </p>
          )}
          {rows && (
            <>
              <div className="flex flex-wrap items-center gap-3" data-testid="import-summary">
                <p className="text-sm text-slate-800">
                  {t("summary", { rows: rows.length, ok: rows.length - errorRows.length, errors: errorRows.length })}
                </p>
                {openErrors.length > 0 && (
                  <button
                    type="button"
                    className={ui.buttonSecondary}
                    onClick={() => setExcluded(new Set([...excluded, ...openErrors.map((r) => r.line)]))}
                  >
                    {t("excludeErrors")}
                  </button>
                )}
              </div>
              {openErrors.length > 0 && (
                <div
                  role="alert"
                  className="rounded-md border border-deficit bg-deficit-soft/50 p-3 text-sm text-deficit"
                  data-testid="import-errors"
                >
                  <p className="font-semibold">{t("errorsTitle", { count: openErrors.length })}</p>
                  <ul className="mt-1 list-disc pl-5">
                    {openErrors
                      .slice(0, 20)
                      .flatMap((r) => r.errors.map((e, i) => <li key={`${r.line}-${i}`}>{errorText(e)}</li>))}
                  </ul>
                  {openErrors.length > 20 && (
                    <p className="mt-1">{t("moreErrors", { count: openErrors.length - 20 })}</p>
                  )}
                </div>
              )}
              <PreviewTable
                table={table}
                rows={rows}
                excluded={excluded}
                onToggle={(line, include) => {
                  const next = new Set(excluded);
                  if (include) next.delete(line);
                  else next.add(line);
                  setExcluded(next);
                }}
              />
              <OverwritePreview board={board} overwrites={overwrites} />
              <div className="flex flex-wrap items-center gap-3">
                <button
                  type="button"
                  className={ui.button}
                  disabled={!isConfirmable || !room.canEdit}
                  onClick={confirm}
                  data-testid="import-confirm"
                >
                  {t("confirm", { count: importable })}
                </button>
                <p className="text-sm text-slate-600">{openErrors.length > 0 ? t("blocked") : t("confirmHelp")}</p>
              </div>
            </>
          )}
        </section>
      )}

      <ExchangeJson boardId={room.boardId} />
      <OutlierDialog question={question} onDone={() => setQuestion(null)} />
    </div>
  );
}
