import { eq } from "drizzle-orm";
import { z } from "zod";
import { addMeasure, updateMeasure } from "@/lib/board/doc-edit-board";
import { boardTypes } from "@/lib/board/doc-layout";
import { withRoom } from "@/lib/board/live-rooms";
import { boardRoom } from "@/lib/board/protocol";
import type { Db } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/db/queries/audit";
import { loadBoardData } from "@/lib/db/queries/board-data";
import { type StrategicMeasure, strategicMeasures } from "@/lib/db/schema";
import {
  STRATEGIC_MEASURE_STATUSES,
  type StrategicMeasureKind,
  type StrategicMeasureStatus,
} from "@/lib/strategic/measure-kinds";
import { type UnitMeasure, unitMeasuresOf } from "@/lib/strategic/unit-measures";
import {
  type Actor,
  auditActor,
  authorizeBoard,
  type CommandOptions,
  type CommandResult,
  inTransaction,
  refuse,
} from "../command";
import { strategicRefusal } from "./errors";
import { listLinkedUnits } from "./queries";

const setStatusInput = z.object({
  boardId: z.string(),
  measureId: z.string(),
  status: z.enum(STRATEGIC_MEASURE_STATUSES),
});

/** Writes (or updates) the unit measures in the live unit rooms: open tabs see them at once. */
async function writeUnitMeasures(measures: UnitMeasure[], userId: string): Promise<void> {
  for (const { unitBoardId, measure } of measures) {
    await withRoom(
      boardRoom(unitBoardId),
      (doc) => {
        const { id, ...fields } = measure;
        if (boardTypes(doc).measures.has(id)) updateMeasure(doc, id, fields);
        else addMeasure(doc, measure);
      },
      { userId },
    );
  }
}

/** The unit measures the strategic measure gives in `status`, or the refusal of a unit that cannot take it. */
async function unitMeasuresFor(db: Db, measure: StrategicMeasure, status: StrategicMeasureStatus, name: string) {
  const linked = await listLinkedUnits(db, measure.strategicBoardId);
  const affected = linked.filter((u) => u.board.id === measure.fromBoardId || u.board.id === measure.toBoardId);
  const units = await Promise.all(
    affected.map(async (u) => ({ id: u.board.id, name: u.unitName, board: await loadBoardData(db, u.board) })),
  );
  return unitMeasuresOf({ ...measure, kind: measure.kind as StrategicMeasureKind }, units, status, {
    strategicBoardId: measure.strategicBoardId,
    strategicName: name,
  });
}

/**
 * Moves a strategic measure between proposed, decided and realized (editors of the strategic
 * board). Once decided, it appears on each affected unit board as a capacity measure (lever
 * resources, linked back) that takes the hours from the giving unit or period and adds them to
 * the receiving one, so both plans change; its status follows the strategic one from then on.
 * Refused when a unit has no resource of that name or no weeks in the period. Records
 * `strategic-measure.status-changed` with the unit boards changed.
 */
export async function setStrategicMeasureStatus(
  db: Db,
  actor: Actor,
  input: unknown,
  options?: CommandOptions,
): Promise<CommandResult<StrategicMeasure>> {
  const parsed = setStatusInput.safeParse(input);
  if (!parsed.success) return { ok: false, error: strategicRefusal("status", "measureStatus") };
  const { boardId, measureId, status } = parsed.data;
  const found = await inTransaction(db, undefined, async (tx) => {
    const { board } = await authorizeBoard(tx, actor, boardId, "editor");
    const [row] = z.uuid().safeParse(measureId).success
      ? await tx.select().from(strategicMeasures).where(eq(strategicMeasures.id, measureId))
      : [];
    if (!row || row.strategicBoardId !== board.id) refuse(strategicRefusal("measureId", "measureNotFound"));
    return { board, measure: row };
  });
  if (!found.ok) return found;
  const { board, measure } = found.value;
  const wasOnUnits = measure.decidedAt !== null;
  // A proposed measure that was never decided is not on the unit boards yet.
  const units =
    status === "proposed" && !wasOnUnits
      ? { ok: true as const, measures: [] }
      : await unitMeasuresFor(db, measure, status, board.name);
  if (!units.ok) return { ok: false, error: strategicRefusal("status", units.key, units.values) };
  await writeUnitMeasures(units.measures, actor.id);
  return inTransaction(db, options, async (tx) => {
    const [row] = await tx
      .update(strategicMeasures)
      .set({ status, decidedAt: measure.decidedAt ?? (status === "proposed" ? null : new Date()) })
      .where(eq(strategicMeasures.id, measure.id))
      .returning();
    await appendAuditEvent(tx, auditActor(actor), {
      type: "strategic-measure.status-changed",
      data: {
        boardId: board.id,
        measureId: measure.id,
        kind: measure.kind,
        status,
        unitBoardIds: [...new Set(units.measures.map((m) => m.unitBoardId))],
      },
    });
    return row;
  });
}
