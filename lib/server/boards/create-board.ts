import { z } from "zod";
import { createEmptyBoard } from "@/lib/board/empty-board";
import type { Db } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/db/queries/audit";
import { findUnit, insertBoardWithOwner } from "@/lib/db/queries/boards";
import type { Board } from "@/lib/db/schema";
import {
  type Actor,
  auditActor,
  type CommandOptions,
  type CommandResult,
  inTransaction,
  invalid,
  parseInput,
  refuse,
} from "../command";

/** The "new board" form; error messages are message keys (see `parseInput`). */
export const createBoardInput = z.object({
  name: z.string("newBoard.errors.name").trim().min(2, "newBoard.errors.name").max(120, "newBoard.errors.name"),
  unitId: z.uuid("newBoard.errors.unit"),
  period: z.coerce
    .number("newBoard.errors.period")
    .int("newBoard.errors.period")
    .min(2000, "newBoard.errors.period")
    .max(2100, "newBoard.errors.period"),
  level: z.enum(["strategic", "tactical", "operational"], "newBoard.errors.level"),
  /** The horizon in whole years from `period` (1–4; strategic boards plan several years). */
  years: z
    .union([z.literal(""), z.coerce.number("newBoard.errors.years")])
    .optional()
    .transform((value) => (value === "" || value === undefined ? 1 : value))
    .pipe(z.number().int("newBoard.errors.years").min(1, "newBoard.errors.years").max(4, "newBoard.errors.years")),
});
export type CreateBoardInput = z.input<typeof createBoardInput>;

/**
 * Creates an empty board for 1–4 planning years in a unit of the actor's organisation; the actor
 * becomes its owner. Records `board.created`.
 */
export async function createBoard(
  db: Db,
  actor: Actor,
  input: unknown,
  options?: CommandOptions,
): Promise<CommandResult<Board>> {
  const parsed = parseInput(createBoardInput, input);
  if (!parsed.ok) return parsed;
  const { name, unitId, period, level, years } = parsed.value;
  return inTransaction(db, options, async (tx) => {
    const unit = await findUnit(tx, actor.organisationId, unitId);
    if (!unit) refuse(invalid("unitId", "newBoard.errors.unit"));
    const board = await insertBoardWithOwner(tx, {
      organisationId: actor.organisationId,
      unitId: unit.id,
      name,
      period: String(period),
      level,
      data: createEmptyBoard({ name, unit: unit.name, level, year: period, years }),
      ownerId: actor.id,
    });
    await appendAuditEvent(tx, auditActor(actor), {
      type: "board.created",
      data: { boardId: board.id, name, unitId: unit.id, period: board.period, level },
    });
    return board;
  });
}
