import { asc, eq } from "drizzle-orm";
import type { Db } from "../client";
import { type SelfAssessmentRound, selfAssessmentRounds } from "../schema";

/** The board's saved self-assessment rounds, oldest first (for the chart over time). */
export async function listSelfAssessmentRounds(db: Db, boardId: string): Promise<SelfAssessmentRound[]> {
  return db
    .select()
    .from(selfAssessmentRounds)
    .where(eq(selfAssessmentRounds.boardId, boardId))
    .orderBy(asc(selfAssessmentRounds.savedAt));
}
