import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/db/queries/audit";
import { loadBoardData } from "@/lib/db/queries/board-data";
import { type StrategicMeasure, strategicMeasures } from "@/lib/db/schema";
import { hasCapacityEffect, isMove, STRATEGIC_MEASURE_KINDS } from "@/lib/strategic/measure-kinds";
import {
  type Actor,
  auditActor,
  authorizeBoard,
  type CommandError,
  type CommandOptions,
  type CommandResult,
  inTransaction,
  refuse,
} from "../command";
import { strategicRefusal } from "./errors";
import { numberFromInput } from "./goal-input";
import { requireStrategic } from "./link-board";
import { isLinked } from "./queries";
import { isStrategicPeriod } from "./set-goal";

const optionalText = z
  .string()
  .max(200)
  .optional()
  .transform((v) => (v?.trim() ? v.trim() : null));

const createMeasureInput = z.object({
  boardId: z.string(),
  kind: z.enum(STRATEGIC_MEASURE_KINDS),
  title: z.string().trim().min(2).max(200),
  resourceName: optionalText,
  hours: z.union([z.string().max(40), z.number()]).optional(),
  fromBoardId: optionalText,
  toBoardId: optionalText,
  fromPeriod: optionalText,
  toPeriod: optionalText,
  note: z.string().max(10000).optional().default(""),
});
type MeasureInput = z.output<typeof createMeasureInput>;

/** The first thing wrong with a measure of its kind, or null. */
function checkShape(m: MeasureInput, hours: number | null): CommandError | null {
  if (!hasCapacityEffect(m.kind)) return null;
  if (!m.resourceName) return strategicRefusal("resourceName", "measureResource");
  if (hours === null || !Number.isFinite(hours) || hours <= 0) return strategicRefusal("hours", "measureHours");
  if (isMove(m.kind)) {
    if (!m.fromBoardId) return strategicRefusal("fromBoardId", "measureFrom");
    if (!m.fromPeriod) return strategicRefusal("fromPeriod", "measurePeriod");
  }
  if (!m.toBoardId) return strategicRefusal("toBoardId", "measureTo");
  if (!(m.toPeriod ?? m.fromPeriod)) return strategicRefusal("toPeriod", "measurePeriod");
  if (isMove(m.kind) && m.fromBoardId === m.toBoardId && m.fromPeriod === (m.toPeriod ?? m.fromPeriod))
    return strategicRefusal("toBoardId", "measureSame");
  return null;
}

const parseError = (field: string): CommandError => {
  const keys: Record<string, string> = { kind: "measureKind", title: "measureTitle", hours: "measureHours" };
  return strategicRefusal(field, keys[field] ?? "measureTitle");
};

/**
 * Proposes a strategic measure (editors of the strategic board): move capacity between linked
 * units or over time, count a realised improvement, buy care, budget for more staff, or
 * prioritise. Units must be linked, periods inside the strategic horizon. Records
 * `strategic-measure.created`; nothing changes on the units until the measure is decided.
 */
export async function createStrategicMeasure(
  db: Db,
  actor: Actor,
  input: unknown,
  options?: CommandOptions,
): Promise<CommandResult<StrategicMeasure>> {
  const parsed = createMeasureInput.safeParse(input);
  if (!parsed.success) return { ok: false, error: parseError(String(parsed.error.issues[0]?.path[0] ?? "title")) };
  const m = parsed.data;
  const hours = hasCapacityEffect(m.kind) && m.hours !== undefined && m.hours !== "" ? numberFromInput(m.hours) : null;
  const wrong = checkShape(m, hours);
  if (wrong) return { ok: false, error: wrong };
  const access = await inTransaction(db, undefined, (tx) => authorizeBoard(tx, actor, m.boardId, "editor"));
  if (!access.ok) return access;
  const data = await loadBoardData(db, access.value.board);
  for (const [field, period] of [
    ["fromPeriod", m.fromPeriod],
    ["toPeriod", m.toPeriod],
  ] as const)
    if (period && !isStrategicPeriod(data, period))
      return { ok: false, error: strategicRefusal(field, "measurePeriod") };
  return inTransaction(db, options, async (tx) => {
    const { board } = await authorizeBoard(tx, actor, m.boardId, "editor");
    requireStrategic(board);
    for (const [field, id] of [
      ["fromBoardId", isMove(m.kind) ? m.fromBoardId : null],
      ["toBoardId", m.toBoardId],
    ] as const) {
      const valid = id !== null && z.uuid().safeParse(id).success;
      if (id !== null && (!valid || !(await isLinked(tx, board.id, id)))) refuse(strategicRefusal(field, "notLinked"));
    }
    const [row] = await tx
      .insert(strategicMeasures)
      .values({
        strategicBoardId: board.id,
        kind: m.kind,
        title: m.title,
        resourceName: hasCapacityEffect(m.kind) ? m.resourceName : null,
        hours,
        fromBoardId: isMove(m.kind) ? m.fromBoardId : null,
        toBoardId: m.toBoardId,
        fromPeriod: isMove(m.kind) ? m.fromPeriod : null,
        toPeriod: m.toPeriod ?? (isMove(m.kind) ? m.fromPeriod : null),
        note: m.note,
        createdBy: actor.id,
      })
      .returning();
    await appendAuditEvent(tx, auditActor(actor), {
      type: "strategic-measure.created",
      data: { boardId: board.id, measureId: row.id, kind: row.kind, status: row.status, unitBoardIds: [] },
    });
    return row;
  });
}
