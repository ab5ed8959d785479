import { getFormatter, getTranslations } from "next-intl/server";
import { changedStatements, readArea } from "@/lib/documents/self-assessment-result";
import { SELF_ASSESSMENT_ANSWERS, SELF_ASSESSMENT_AREAS } from "@/lib/templates/self-assessment";

/** Colours and patterns of the four answers (never colour alone: each bar also carries its count). */
const ANSWER_STYLE = ["bg-emerald-600", "bg-amber-400", "bg-orange-700", "bg-slate-400"];

export interface SavedRound {
  docId: string;
  savedAt: Date;
  answers: Record<string, string>;
}

/**
 * The saved rounds over time, one chart per area: for each round a bar of how many statements got
 * each answer (no score), and how many answers changed since the round before.
 */
export async function SelfAssessmentHistory({ rounds }: { rounds: SavedRound[] }) {
  const t = await getTranslations("selfAssessment");
  const format = await getFormatter();
  if (rounds.length === 0) return <p className="text-sm text-slate-600">{t("historyNone")}</p>;
  return (
    <div className="grid gap-3 md:grid-cols-2" data-testid="history">
      <ul className="col-span-full flex flex-wrap gap-3 text-xs" aria-label={t("answers")}>
        {SELF_ASSESSMENT_ANSWERS.map((a, i) => (
          <li key={a} className="inline-flex items-center gap-1">
            <span className={`inline-block h-3 w-3 rounded-sm ${ANSWER_STYLE[i]}`} aria-hidden />
            {a}
          </li>
        ))}
      </ul>
      {SELF_ASSESSMENT_AREAS.map((area) => (
        <figure
          key={area.id}
          className="break-inside-avoid rounded border border-slate-200 bg-white p-3"
          data-testid={`history-${area.id}`}
        >
          <figcaption className="mb-2 text-sm font-semibold">{area.heading}</figcaption>
          <table className="w-full text-xs">
            <tbody>
              {rounds.map((round, r) => {
                const counts = readArea(area, round.answers).counts;
                const changed = r > 0 ? changedStatements(area, rounds[r - 1].answers, round.answers).length : null;
                return (
                  <tr key={round.docId} data-testid="history-round">
                    <th scope="row" className="w-24 py-0.5 pr-2 text-left font-normal">
                      {format.dateTime(round.savedAt, { dateStyle: "short" })}
                    </th>
                    <td className="py-0.5">
                      <div className="flex h-4 w-full overflow-hidden rounded bg-slate-100">
                        {SELF_ASSESSMENT_ANSWERS.map((a, i) =>
                          counts[a] > 0 ? (
                            <span
                              key={a}
                              className={`${ANSWER_STYLE[i]} text-center text-[10px] leading-4 text-white`}
                              style={{ width: `${(counts[a] / area.statements.length) * 100}%` }}
                              title={`${a}: ${counts[a]}`}
                            >
                              {counts[a]}
                              <span className="sr-only"> {a}</span>
                            </span>
                          ) : null,
                        )}
                      </div>
                    </td>
                    <td className="w-28 py-0.5 pl-2 text-slate-600" data-testid="history-change">
                      {changed === null ? "" : t("changed", { count: changed })}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </figure>
      ))}
    </div>
  );
}
