/**
 * Building blocks of the domain diff: the change type, week runs ("v. 3–9, 12") and the
 * paragraph diff of rich text. Pure.
 */
import { addWeeks, compareWeeks, weekNumber } from "@/lib/engine";
import { canonicalJson } from "./content";

export type ChangeSection = "board" | "resources" | "planningObjects" | "measures" | "schedule" | "texts";

/** Something that can be brought back from an older version on its own. */
export interface RestorableRef {
  kind: "resource" | "planningObject" | "measure";
  id: string;
}

/** One change in words: a message key under `versions.diff` and its values (numbers formatted later). */
export interface VersionChange {
  section: ChangeSection;
  /** What the change is about (a resource, planning object, measure or text), for grouping. */
  subject: string;
  key: string;
  values: Record<string, string | number>;
  /** Set on a removal that can be restored on its own. */
  restorable?: RestorableRef;
}

/** Changed weeks at most this many are listed one by one; more become one line of runs. */
export const SINGLE_WEEK_LIMIT = 3;

/** "v. 3–9, 12": consecutive ISO weeks joined into runs. */
export function formatWeekRuns(weeks: readonly string[]): string {
  const sorted = [...weeks].sort(compareWeeks);
  const runs: [string, string][] = [];
  for (const week of sorted) {
    const last = runs[runs.length - 1];
    if (last && addWeeks(last[1], 1) === week) last[1] = week;
    else runs.push([week, week]);
  }
  const parts = runs.map(([a, b]) => (a === b ? `${weekNumber(a)}` : `${weekNumber(a)}–${weekNumber(b)}`));
  return `v. ${parts.join(", ")}`;
}

/** Keys whose values differ between two records (missing counts as a value). */
export function changedKeys(
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown> | undefined,
): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys].filter((k) => !sameValue(before?.[k], after?.[k])).sort();
}

/** Deep equality of plain data, independent of key order (canonical JSON). */
export function sameValue(a: unknown, b: unknown): boolean {
  return canonicalJson(a ?? null) === canonicalJson(b ?? null);
}

/** A value for a message: numbers stay numbers, missing is "–", a record "key value, …" in key order. */
export function shown(value: unknown): string | number {
  if (value === undefined || value === null || value === "") return "–";
  if (typeof value === "number" || typeof value === "string") return value;
  if (Array.isArray(value)) return value.map((v) => String(shown(v))).join("; ");
  if (typeof value === "object")
    return Object.entries(value as Record<string, unknown>)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => `${k} ${Array.isArray(v) ? `[${v.length}]` : String(shown(v))}`)
      .join(", ");
  return String(value);
}

/**
 * Week-keyed changes of one series as lines: up to SINGLE_WEEK_LIMIT weeks one line each
 * (`weekKey` with from/to), more as one line of runs (`rangeKey` with weeks and count).
 */
export function weekChanges(
  base: Omit<VersionChange, "key" | "values">,
  values: Record<string, string | number>,
  weeks: string[],
  valueAt: (week: string) => { from: unknown; to: unknown },
  keys: { weekKey: string; rangeKey: string },
): VersionChange[] {
  if (weeks.length === 0) return [];
  if (weeks.length > SINGLE_WEEK_LIMIT) {
    return [{ ...base, key: keys.rangeKey, values: { ...values, weeks: formatWeekRuns(weeks), count: weeks.length } }];
  }
  return [...weeks].sort(compareWeeks).map((week) => {
    const { from, to } = valueAt(week);
    return {
      ...base,
      key: keys.weekKey,
      values: { ...values, week: `v. ${weekNumber(week)}`, from: shown(from), to: shown(to) },
    };
  });
}

type ParagraphOp = { op: "same" | "added" | "removed"; text: string; index: number };

/** Longest-common-subsequence alignment of two paragraph lists. */
function alignParagraphs(before: string[], after: string[]): ParagraphOp[] {
  const n = before.length;
  const m = after.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i][j] = before[i] === after[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const ops: ParagraphOp[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && before[i] === after[j]) {
      ops.push({ op: "same", text: after[j], index: j++ });
      i++;
    } else if (i < n && (j >= m || lcs[i + 1][j] >= lcs[i][j + 1]))
      ops.push({ op: "removed", text: before[i++], index: j });
    else ops.push({ op: "added", text: after[j], index: j++ });
  }
  return ops;
}

/** Changed paragraphs of one text: a removal followed by an addition at the same place is "changed". */
export function diffParagraphs(subject: string, before: string[], after: string[]): VersionChange[] {
  const ops = alignParagraphs(before, after);
  const changes: VersionChange[] = [];
  const base = { section: "texts" as const, subject };
  for (let k = 0; k < ops.length; k++) {
    const op = ops[k];
    const next = ops[k + 1];
    if (op.op === "removed" && next?.op === "added") {
      changes.push({
        ...base,
        key: "paragraphChanged",
        values: { text: subject, index: next.index + 1, from: op.text, to: next.text },
      });
      k++;
    } else if (op.op === "added") {
      changes.push({ ...base, key: "paragraphAdded", values: { text: subject, index: op.index + 1, to: op.text } });
    } else if (op.op === "removed") {
      changes.push({ ...base, key: "paragraphRemoved", values: { text: subject, index: op.index + 1, from: op.text } });
    }
  }
  return changes;
}
