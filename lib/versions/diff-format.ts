/**
 * Presenting a diff: each change as one sentence from messages `versions.diff.*` (numbers in the
 * reader's format), changes grouped by what they are about, and groups paged so a large diff is
 * never a wall.
 */
import type { ChangeSection, VersionChange } from "./diff-parts";

/** A translator for `versions.diff` keys (next-intl's `t` or `createTranslator`). */
export type DiffTranslator = (key: string, values: Record<string, string | number>) => string;

/** One change as a sentence, numbers formatted for `locale` ("0,75"), status and field names translated. */
export function formatChange(change: VersionChange, t: DiffTranslator, locale = "sv"): string {
  const number = new Intl.NumberFormat(locale === "sv" ? "sv-SE" : "en-GB", { maximumFractionDigits: 2 });
  const values: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(change.values))
    values[k] = typeof v === "number" && k !== "count" ? number.format(v) : v;
  return t(change.key, values);
}

/** Changes about one subject (a resource, planning object, measure or text) within a section. */
export interface ChangeGroup {
  section: ChangeSection;
  subject: string;
  changes: VersionChange[];
}

/** Groups changes by section and subject, keeping the diff's order. */
export function groupChanges(changes: readonly VersionChange[]): ChangeGroup[] {
  const groups = new Map<string, ChangeGroup>();
  for (const change of changes) {
    const key = `${change.section}\u0000${change.subject}`;
    const group = groups.get(key);
    if (group) group.changes.push(change);
    else groups.set(key, { section: change.section, subject: change.subject, changes: [change] });
  }
  return [...groups.values()];
}

/** One page of groups: about `pageSize` changes, never splitting a group. */
export interface ChangePage {
  groups: ChangeGroup[];
  page: number;
  pageCount: number;
  total: number;
}

/** Splits groups into pages of about `pageSize` changes each (a bigger group gets a page of its own). */
export function pageChanges(changes: readonly VersionChange[], page: number, pageSize = 25): ChangePage {
  const pages: ChangeGroup[][] = [[]];
  let count = 0;
  for (const group of groupChanges(changes)) {
    if (count > 0 && count + group.changes.length > pageSize) {
      pages.push([]);
      count = 0;
    }
    pages[pages.length - 1].push(group);
    count += group.changes.length;
  }
  const index = Math.min(Math.max(0, page), pages.length - 1);
  return { groups: pages[index], page: index, pageCount: pages.length, total: changes.length };
}
