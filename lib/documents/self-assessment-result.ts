import {
  SELF_ASSESSMENT_ANSWERS,
  type SelfAssessmentAnswer,
  type SelfAssessmentArea,
} from "@/lib/templates/self-assessment";

/**
 * What an area's answers say by the reading rule of seed `001_…` 1060–1070 — no numeric score:
 * "Instämmer inte alls" and "Vet ej/ej relevant" mark development areas, "Instämmer delvis" may
 * need deeper analysis, "Instämmer i hög grad" means keeping the conditions.
 */
export interface AreaReading {
  develop: string[];
  deeper: string[];
  keep: string[];
  unanswered: string[];
  /** How many statements got each answer, in the order of the four answers. */
  counts: Record<SelfAssessmentAnswer, number>;
}

const [HIGH, PARTLY, NOT_AT_ALL, DONT_KNOW] = SELF_ASSESSMENT_ANSWERS;

/** Reads one area's answers (statement id → answer) by the seed's rule. */
export function readArea(area: SelfAssessmentArea, answers: Record<string, string>): AreaReading {
  const reading: AreaReading = {
    develop: [],
    deeper: [],
    keep: [],
    unanswered: [],
    counts: Object.fromEntries(SELF_ASSESSMENT_ANSWERS.map((a) => [a, 0])) as Record<SelfAssessmentAnswer, number>,
  };
  for (const { id } of area.statements) {
    const answer = answers[id] as SelfAssessmentAnswer | undefined;
    if (answer && answer in reading.counts) reading.counts[answer] += 1;
    if (answer === NOT_AT_ALL || answer === DONT_KNOW) reading.develop.push(id);
    else if (answer === PARTLY) reading.deeper.push(id);
    else if (answer === HIGH) reading.keep.push(id);
    else reading.unanswered.push(id);
  }
  return reading;
}

/** Statements of an area whose answer differs between two rounds (answered in both or either). */
export function changedStatements(
  area: SelfAssessmentArea,
  before: Record<string, string>,
  after: Record<string, string>,
): string[] {
  return area.statements.filter((s) => (before[s.id] ?? null) !== (after[s.id] ?? null)).map((s) => s.id);
}
