import * as Y from "yjs";
import { z } from "zod";
import { readActivityRows } from "@/lib/board/activity-rows";
import { readBoardFromDoc, updateResource } from "@/lib/board/doc-model";
import type { LiveRooms } from "@/lib/board/live-rooms";
import { applyToCopy } from "@/lib/board/live-rooms";
import { BOARD_DOC_ID } from "@/lib/board/protocol";
import type { Db } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/db/queries/audit";
import { loadBoardDocState } from "@/lib/db/queries/board-docs";
import { computePatientShare, type PatientShare } from "@/lib/rules/patient-share";
import { readRules } from "@/lib/rules/rule-doc";
import {
  type Actor,
  auditActor,
  authorizeBoard,
  type CommandOptions,
  type CommandResult,
  inTransaction,
  invalid,
  parseInput,
} from "../command";
import { findRuleSet } from "./open-rule-set";

export const applyPatientShareInput = z.object({
  boardId: z.uuid("rulesErrors.board"),
  resourceId: z.string("rulesErrors.resource").min(1, "rulesErrors.resource").max(200, "rulesErrors.resource"),
});

export interface ApplyShareDeps {
  rooms: LiveRooms | null;
}

type Outcome = { error: string } | { share: PatientShare & { share: number }; ruleNumbers: number[] };

/**
 * Applies the rules' time to a resource (owners): reads the rule set as stored, refuses it if any
 * rule fails its schema, recomputes the share of time for patient activities from hours
 * (lib/rules/patient-share.ts) and sets the resource's `utilization` in the live board room — the
 * existing capacity model, so available capacity falls once. Records `rules.share-applied`.
 */
export async function applyPatientShare(
  db: Db,
  actor: Actor,
  input: unknown,
  deps: ApplyShareDeps,
  options?: CommandOptions,
): Promise<CommandResult<PatientShare>> {
  const parsed = parseInput(applyPatientShareInput, input);
  if (!parsed.ok) return parsed;
  const { boardId, resourceId } = parsed.value;
  const allowed = await inTransaction(db, undefined, async (tx) => {
    await authorizeBoard(tx, actor, boardId, "owner");
    return findRuleSet(tx, boardId);
  });
  if (!allowed.ok) return allowed;
  const ruleSet = allowed.value;
  if (!ruleSet) return { ok: false, error: invalid("rules", "rulesErrors.noRuleSet") };
  const stored = await loadBoardDocState(db, boardId, ruleSet.id);
  if (!stored) return { ok: false, error: invalid("rules", "rulesErrors.noRuleSet") };
  const ruleDoc = new Y.Doc();
  Y.applyUpdate(ruleDoc, stored.update);
  const { rules, invalid: wrong } = readRules(ruleDoc);
  ruleDoc.destroy();
  if (wrong.length > 0)
    return {
      ok: false,
      error: invalid(
        "rules",
        "rulesErrors.storedInvalid",
        wrong.map((w) => `regel ${w.number}: ${w.path}`),
      ),
    };
  if (!deps.rooms) return { ok: false, error: invalid("form", "rulesErrors.liveUnavailable") };
  const outcome = await deps.rooms.changeRoomState<Outcome>(
    { boardId, docId: BOARD_DOC_ID },
    (state) => {
      let result: Outcome = { error: "rulesErrors.resource" };
      const { update } = applyToCopy(state, (doc) => {
        const board = readBoardFromDoc(doc);
        const share = computePatientShare(board, resourceId, rules, readActivityRows(doc, board));
        if (!share) return;
        if (share.share === null) {
          result = { error: "rulesErrors.noTimeLeft" };
          return;
        }
        updateResource(doc, resourceId, { utilization: share.share });
        const ruleNumbers = [...new Set(share.lines.flatMap((l) => (l.ruleNumber ? [l.ruleNumber] : [])))];
        result = { share: { ...share, share: share.share }, ruleNumbers };
      });
      const final = result as Outcome;
      return { update: "error" in final ? null : update, result: final };
    },
    { userId: actor.id },
  );
  if ("error" in outcome) return { ok: false, error: invalid("resourceId", outcome.error) };
  return inTransaction(db, options, async (tx) => {
    await authorizeBoard(tx, actor, boardId, "owner");
    await appendAuditEvent(tx, auditActor(actor), {
      type: "rules.share-applied",
      data: {
        boardId,
        docId: ruleSet.id,
        resourceId,
        from: outcome.share.currentShare,
        to: outcome.share.share,
        ruleNumbers: outcome.ruleNumbers,
      },
    });
    return outcome.share;
  });
}
