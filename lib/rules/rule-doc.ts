/**
 * The rules inside a rule set's room (`board:<boardId>/doc:<docId>`, kind `rule-set`): a
 * Y.Array of Y.Map, one map per rule with its own `params` map (created with the rule, so two
 * people editing different parameters of one rule never overwrite each other), and a rich-text
 * rationale per rule in its own Y.XmlFragment. Shared by the browser and the server.
 */
import * as Y from "yjs";
import {
  type Rule,
  type RuleCategory,
  type RuleParamKey,
  type RuleParams,
  type RuleSource,
  ruleSchema,
} from "./rule-schema";

/** Y.Array of Y.Map: the rules of a rule set, in order (rule n is the n-th). */
export const RULES_ARRAY = "rules";
/** The rich-text rationale of rule `ruleId`. */
export const rationaleFragment = (ruleId: string) => `rationale:${ruleId}`;

const rulesOf = (doc: Y.Doc) => doc.getArray<Y.Map<unknown>>(RULES_ARRAY);

/** A rule's plain value (as JSON) from its map. */
function plainRule(map: Y.Map<unknown>): unknown {
  return map.toJSON();
}

/**
 * The rules of a rule set in order, each with its number (1-based position). A rule whose stored
 * value fails the schema (a client that bypassed the form) is returned as `invalid` with the
 * first problem, so every reader can show it instead of using it.
 */
export function readRules(doc: Y.Doc): { rules: (Rule & { number: number })[]; invalid: RuleProblem[] } {
  const rules: (Rule & { number: number })[] = [];
  const invalid: RuleProblem[] = [];
  rulesOf(doc).forEach((map, index) => {
    const parsed = ruleSchema.safeParse(plainRule(map));
    if (parsed.success) rules.push({ ...parsed.data, number: index + 1 });
    else invalid.push({ number: index + 1, path: parsed.error.issues[0]?.path.join(".") ?? "" });
  });
  return { rules, invalid };
}

/** A stored rule that fails the schema: its number and the path of the first wrong field. */
export interface RuleProblem {
  number: number;
  path: string;
}

/** Checks every stored rule of a document against the schema; the first problem, or null. */
export function findRuleProblem(doc: Y.Doc): RuleProblem | null {
  return readRules(doc).invalid[0] ?? null;
}

/** Appends a rule with its parameters map (and, when it came from a reflection, its source); returns its id. */
export function addRule(
  doc: Y.Doc,
  rule: { id: string; category: RuleCategory; text: string; params?: RuleParams; source?: RuleSource },
  origin?: unknown,
): string {
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    map.set("id", rule.id);
    map.set("category", rule.category);
    map.set("text", rule.text);
    const params = new Y.Map<unknown>();
    for (const [key, value] of Object.entries(rule.params ?? {})) if (value !== undefined) params.set(key, value);
    map.set("params", params);
    if (rule.source) map.set("source", { ...rule.source });
    rulesOf(doc).push([map]);
  }, origin);
  return rule.id;
}

function findRuleMap(doc: Y.Doc, id: string): Y.Map<unknown> | undefined {
  return rulesOf(doc)
    .toArray()
    .find((m) => m.get("id") === id);
}

/** Sets a rule's category or text. */
export function setRuleField(doc: Y.Doc, id: string, field: "category" | "text", value: string, origin?: unknown) {
  const map = findRuleMap(doc, id);
  if (map && map.get(field) !== value) doc.transact(() => map.set(field, value), origin);
}

/** Sets (or, with undefined, clears) one parameter of a rule. Only parsed values may come here. */
export function setRuleParam<K extends RuleParamKey>(
  doc: Y.Doc,
  id: string,
  key: K,
  value: RuleParams[K] | undefined,
  origin?: unknown,
): void {
  const params = findRuleMap(doc, id)?.get("params");
  if (!(params instanceof Y.Map)) return;
  doc.transact(() => {
    if (value === undefined) params.delete(key);
    else params.set(key, value);
  }, origin);
}

/** Removes a rule and its rationale's text. */
export function removeRule(doc: Y.Doc, id: string, origin?: unknown): void {
  const rules = rulesOf(doc);
  const index = rules.toArray().findIndex((m) => m.get("id") === id);
  if (index < 0) return;
  doc.transact(() => {
    rules.delete(index, 1);
    const fragment = doc.getXmlFragment(rationaleFragment(id));
    if (fragment.length > 0) fragment.delete(0, fragment.length);
  }, origin);
}
