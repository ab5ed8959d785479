import * as Y from "yjs";
import { GOALS_ARRAY } from "./doc-content";

/** How a goal's time limit is given (seed `000_…` 531, 536–537, 539–540). */
export const GOAL_LIMIT_KINDS = ["days", "minutes", "medical"] as const;
export type GoalLimitKind = (typeof GOAL_LIMIT_KINDS)[number];

export interface Milestone {
  share: number | null;
  date: string;
}

/** A structured goal row of a start agreement, e.g. "80 % … inom 60 dagar … delmål 1 juni 2022". */
export interface AgreementGoal {
  id: string;
  measure: string;
  target: number | null;
  limitKind: GoalLimitKind;
  limitValue: number | null;
  condition: string;
  deadline: string;
  milestones: Milestone[];
  objects: string[];
}

/** The goal rows of a document, in order. */
export function readGoals(doc: Y.Doc): AgreementGoal[] {
  return doc
    .getArray<Y.Map<unknown>>(GOALS_ARRAY)
    .toArray()
    .map((row) => ({
      id: String(row.get("id") ?? ""),
      measure: String(row.get("measure") ?? ""),
      target: (row.get("target") as number | null) ?? null,
      limitKind: (row.get("limitKind") as GoalLimitKind) ?? "days",
      limitValue: (row.get("limitValue") as number | null) ?? null,
      condition: String(row.get("condition") ?? ""),
      deadline: String(row.get("deadline") ?? ""),
      milestones: (row.get("milestones") as Milestone[] | undefined) ?? [],
      objects: (row.get("objects") as string[] | undefined) ?? [],
    }));
}

/** Appends an empty goal row. */
export function addGoal(doc: Y.Doc, id: string, origin?: unknown): void {
  doc.transact(() => {
    const row = new Y.Map<unknown>();
    row.set("id", id);
    row.set("limitKind", "days");
    row.set("milestones", []);
    row.set("objects", []);
    doc.getArray<Y.Map<unknown>>(GOALS_ARRAY).push([row]);
  }, origin);
}

/** Sets one field of goal `id` (each field is its own last-writer-wins value). */
export function setGoalField<K extends keyof Omit<AgreementGoal, "id">>(
  doc: Y.Doc,
  id: string,
  field: K,
  value: AgreementGoal[K],
  origin?: unknown,
): void {
  const row = doc
    .getArray<Y.Map<unknown>>(GOALS_ARRAY)
    .toArray()
    .find((r) => r.get("id") === id);
  if (row) doc.transact(() => row.set(field, value), origin);
}

/** Removes goal `id`. */
export function removeGoal(doc: Y.Doc, id: string, origin?: unknown): void {
  const goals = doc.getArray<Y.Map<unknown>>(GOALS_ARRAY);
  const index = goals.toArray().findIndex((r) => r.get("id") === id);
  if (index >= 0) doc.transact(() => goals.delete(index, 1), origin);
}

/** A share in percent from a form field ("80", "80,5"): a number in 0–100, or null when it is not one. */
export function parseShare(text: string): number | null {
  const value = Number(text.trim().replace(",", "."));
  if (text.trim() === "" || !Number.isFinite(value) || value < 0 || value > 100) return null;
  return value;
}
