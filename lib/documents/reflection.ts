/**
 * A reflection session after a schedule period: its period (META_MAP `fromWeek`/`toWeek`), the
 * seeds' questions as the shared notes' headings (lib/templates/reflection.ts), and action items
 * (ACTIONS_ARRAY) that can become a proposed balancing measure on the board, linked both ways: the
 * item keeps the measure's id, the measure's note names the session. An item can instead become a
 * rule in the board's Spelregler (`ruleId` on the item, `source` on the rule).
 */
import * as Y from "yjs";
import { type MeasureLever, NEED_LEVERS } from "@/lib/engine";
import { REFLECTION_GROUPS } from "@/lib/templates/reflection";
import { ACTIONS_ARRAY, META_MAP } from "./doc-content";

export interface ReflectionPeriod {
  fromWeek: string;
  toWeek: string;
}

/** An action item of a session; `measureId` once it became a measure on the board, `ruleId` once a rule. */
export interface ActionItem {
  id: string;
  text: string;
  lever: MeasureLever | null;
  /** The planning object (need levers) or resource (capacity levers) the measure works on. */
  targetId: string;
  measureId: string | null;
  ruleId: string | null;
}

/** A rule as a session shows what its item became: the rule's number and text in Spelregler. */
export interface RuleSummary {
  id: string;
  number: number;
  text: string;
}

const heading = (level: 2 | 3, text: string) => ({
  type: "heading",
  attrs: { level },
  content: [{ type: "text", text }],
});
const paragraph = (text?: string) =>
  text ? { type: "paragraph", content: [{ type: "text", text }] } : { type: "paragraph" };
const bullets = (items: string[]) => ({
  type: "bulletList",
  content: items.map((text) => ({ type: "listItem", content: [paragraph(text)] })),
});

/** The first rich text of a session: each group's heading, its lead, and every question with room for notes. */
export function reflectionContent() {
  return {
    type: "doc",
    content: REFLECTION_GROUPS.flatMap((group) => [
      heading(2, group.heading),
      ...(group.lead ? [paragraph(group.lead)] : []),
      ...group.questions.flatMap((q) => [heading(3, q.text), ...(q.sub ? [bullets(q.sub)] : []), paragraph()]),
    ]),
  };
}

/** The session's schedule period. */
export function readPeriod(doc: Y.Doc): ReflectionPeriod | null {
  const meta = doc.getMap(META_MAP);
  const fromWeek = meta.get("fromWeek");
  const toWeek = meta.get("toWeek");
  return typeof fromWeek === "string" && typeof toWeek === "string" ? { fromWeek, toWeek } : null;
}

/** The action items in order. */
export function readActionItems(doc: Y.Doc): ActionItem[] {
  return doc
    .getArray<Y.Map<unknown>>(ACTIONS_ARRAY)
    .toArray()
    .map((row) => ({
      id: String(row.get("id") ?? ""),
      text: String(row.get("text") ?? ""),
      lever: (row.get("lever") as MeasureLever | undefined) ?? null,
      targetId: String(row.get("targetId") ?? ""),
      measureId: (row.get("measureId") as string | undefined) ?? null,
      ruleId: (row.get("ruleId") as string | undefined) ?? null,
    }));
}

/** Appends an action item. */
export function addActionItem(doc: Y.Doc, item: Omit<ActionItem, "measureId" | "ruleId">, origin?: unknown): void {
  doc.transact(() => {
    const row = new Y.Map<unknown>();
    for (const [key, value] of Object.entries(item)) if (value !== null) row.set(key, value);
    doc.getArray<Y.Map<unknown>>(ACTIONS_ARRAY).push([row]);
  }, origin);
}

/** Sets one field of item `id` (not its measure link, which only the server writes). */
export function setActionField(
  doc: Y.Doc,
  id: string,
  field: "text" | "lever" | "targetId",
  value: string,
  origin?: unknown,
): void {
  const row = doc
    .getArray<Y.Map<unknown>>(ACTIONS_ARRAY)
    .toArray()
    .find((r) => r.get("id") === id);
  if (row) doc.transact(() => row.set(field, value), origin);
}

/**
 * Links item `id` to the measure (or, with `field` "ruleId", the rule) made from it; false when there
 * is no such item or it already became a measure or a rule.
 */
export function linkActionItem(
  doc: Y.Doc,
  id: string,
  targetId: string,
  field: "measureId" | "ruleId" = "measureId",
): boolean {
  const row = doc
    .getArray<Y.Map<unknown>>(ACTIONS_ARRAY)
    .toArray()
    .find((r) => r.get("id") === id);
  if (!row || row.get("measureId") || row.get("ruleId")) return false;
  row.set(field, targetId);
  return true;
}

/** Whether a lever works on the need side (a need measure on a planning object) or on capacity. */
export function isNeedLever(lever: MeasureLever): boolean {
  return (NEED_LEVERS as readonly string[]).includes(lever);
}
