import { randomUUID } from "node:crypto";
import { z } from "zod";
import { applyToCopy, type LiveRooms } from "@/lib/board/live-rooms";
import type { Db } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/db/queries/audit";
import { linkActionItem, type RuleSummary } from "@/lib/documents/reflection";
import { isDecidedStatus } from "@/lib/documents/status";
import { addRule, readRules } from "@/lib/rules/rule-doc";
import { RULE_CATEGORIES } from "@/lib/rules/rule-schema";
import {
  type Actor,
  auditActor,
  type CommandOptions,
  type CommandResult,
  inTransaction,
  invalid,
  parseInput,
} from "../command";
import { findRuleSet, openRuleSet } from "../rules/open-rule-set";
import type { DecideDeps } from "./decide-document";
import { promoteActionItemInput, readPromotableItem } from "./promote-action-item";

export const promoteActionRuleInput = promoteActionItemInput.extend({
  category: z
    .preprocess((v) => (v === "" || v == null ? "other" : v), z.enum(RULE_CATEGORIES, "documentErrors.ruleCategory"))
    .optional(),
});

const refusal = (field: string, code: string) => ({ ok: false as const, error: invalid(field, code) });

/**
 * Makes a reflection's action item a rule in the board's Spelregler with one click (editors and
 * owners): starts the rule set if the board has none, appends a rule (category övrigt or the one
 * chosen, text = the item's text) naming the session and its period as its source. The item keeps
 * the rule's id (written first, so a second click makes no second rule). Both changes go through
 * the live rooms; records `reflection.action-made-rule`. A decided (fastställd) rule set takes no rule.
 */
export async function promoteActionRule(
  db: Db,
  actor: Actor,
  input: unknown,
  deps: DecideDeps,
  options?: CommandOptions,
): Promise<CommandResult<{ ruleSetId: string; ruleId: string }>> {
  const parsed = parseInput(promoteActionRuleInput, input);
  if (!parsed.ok) return parsed;
  const { boardId, docId, itemId, category = "other" } = parsed.value;
  const found = await readPromotableItem(db, actor, parsed.value, deps);
  if (!found.ok) return found;
  const { row, item, period, rooms } = found.value;
  const ref = { boardId, docId };

  const ruleSet = await openRuleSet(db, actor, { boardId });
  if (!ruleSet.ok) return ruleSet;
  if (isDecidedStatus(ruleSet.value.status)) return refusal("form", "documentErrors.ruleSetDecided");
  const ruleId = randomUUID();
  const change = { userId: actor.id };
  const linked = await rooms.changeRoomState(
    ref,
    (state) => applyToCopy(state, (doc) => linkActionItem(doc, itemId, ruleId, "ruleId")),
    change,
  );
  if (!linked) return refusal("itemId", "documentErrors.alreadyRule");
  const source = { docId, title: row.title, ...(period ?? {}) };
  await rooms.changeRoomState(
    { boardId, docId: ruleSet.value.id },
    (state) => applyToCopy(state, (doc) => addRule(doc, { id: ruleId, category, text: item.text.trim(), source })),
    change,
  );
  return inTransaction(db, options, async (tx) => {
    await appendAuditEvent(tx, auditActor(actor), {
      type: "reflection.action-made-rule",
      data: { boardId, docId, itemId, ruleSetId: ruleSet.value.id, ruleId },
    });
    return { ruleSetId: ruleSet.value.id, ruleId };
  });
}

/** The board's rules (number and text) read from the rule set's live room; empty without one. */
export async function listRuleSummaries(db: Db, boardId: string, rooms: LiveRooms | null): Promise<RuleSummary[]> {
  const ruleSet = await findRuleSet(db, boardId);
  if (!ruleSet || !rooms) return [];
  const { rules } = await rooms.changeRoomState({ boardId, docId: ruleSet.id }, (state) =>
    applyToCopy(state, readRules),
  );
  return rules.map((r) => ({ id: r.id, number: r.number, text: r.text }));
}
