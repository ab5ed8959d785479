import { z } from "zod";

/**
 * Audit events of strategic boards (issue 13): links to unit boards, production goals, a unit's
 * flag that a goal cannot be reached and its decision, strategic measures. `boardId` is always the
 * strategic board, so its audit trail holds them all.
 */
const boardTarget = { boardId: z.uuid() };

export const strategicLinkEvent = z.object({
  type: z.enum(["strategic.linked", "strategic.unlinked"]),
  data: z.object({ ...boardTarget, unitBoardId: z.uuid() }),
});

export const goalSetEvent = z.object({
  type: z.enum(["goal.set", "goal.removed"]),
  data: z.object({
    ...boardTarget,
    unitBoardId: z.uuid(),
    planningObjectId: z.string(),
    period: z.string(),
    volume: z.number().nullable(),
  }),
});

export const goalFlagEvent = z.object({
  type: z.enum(["goal.flagged", "goal.flag-decided"]),
  data: z.object({ ...boardTarget, unitBoardId: z.uuid(), goalId: z.uuid(), flagId: z.uuid(), gapHours: z.number() }),
});

export const strategicMeasureEvent = z.object({
  type: z.enum(["strategic-measure.created", "strategic-measure.status-changed"]),
  data: z.object({
    ...boardTarget,
    measureId: z.uuid(),
    kind: z.string(),
    status: z.string(),
    /** Unit boards whose plan the measure changed (on decision). */
    unitBoardIds: z.array(z.uuid()),
  }),
});
