import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/db/queries/audit";
import {
  type Actor,
  auditActor,
  authorizeBoard,
  type CommandOptions,
  type CommandResult,
  inTransaction,
  parseInput,
} from "../command";

const rank = z
  .number("commands.priorityRank")
  .int("commands.priorityRank")
  .min(1, "commands.priorityRank")
  .max(10000, "commands.priorityRank");

export const recordPriorityOrderInput = z.strictObject({
  boardId: z.string(),
  /** "accept": the proposed ranks become the board's prioritetsordning; "clear": back to an even share. */
  decision: z.enum(["accept", "clear"], "commands.priorityDecision"),
  ranks: z
    .record(z.string().min(1).max(200), rank, "commands.priorityRank")
    .refine((r) => Object.keys(r).length <= 5000, "commands.priorityTooMany"),
  /** Objects without a medical priority, placed with their group and to be checked. */
  queried: z.array(z.string().max(200), "commands.priorityQueried").max(5000, "commands.priorityTooMany").default([]),
});
export type RecordPriorityOrderInput = z.input<typeof recordPriorityOrderInput>;

/**
 * Records who decided (or cleared) the board's *prioritetsordning vid kapacitetsbrist*, with its
 * ranks and the objects to be checked (editors and owners). The ranks themselves are written to
 * the board document by the client that accepted them; this command puts the decision and the
 * person in the audit log (`board.priority-order-decided` / `-cleared`).
 */
export async function recordPriorityOrder(
  db: Db,
  actor: Actor,
  input: unknown,
  options?: CommandOptions,
): Promise<CommandResult<{ decidedAt: string }>> {
  const parsed = parseInput(recordPriorityOrderInput, input);
  if (!parsed.ok) return parsed;
  const { boardId, decision, ranks, queried } = parsed.value;
  return inTransaction(db, options, async (tx) => {
    const { board } = await authorizeBoard(tx, actor, boardId, "editor");
    await appendAuditEvent(tx, auditActor(actor), {
      type: decision === "accept" ? "board.priority-order-decided" : "board.priority-order-cleared",
      data: { boardId: board.id, basis: "medical-priority", ranks, queried },
    });
    return { decidedAt: new Date().toISOString() };
  });
}
