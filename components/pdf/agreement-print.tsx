import { getTranslations } from "next-intl/server";
import type { AgreementGoal } from "@/lib/documents/goals";
import { PRODUCTION_GOALS_KEY, type ProductionGoals } from "@/lib/documents/production-goals";
import { formatNumber } from "@/lib/format";
import type { VersionContent } from "@/lib/versions/content";
import { type PrintBlock, readPrintBlocks } from "@/lib/versions/print-blocks";
import { printCell, printHead } from "./print-styles";

const cell = `${printCell} align-top`;
const head = printHead;

/** The number of an ordered item within its run of items at the same depth. */
function numbered(blocks: PrintBlock[], index: number): number {
  const block = blocks[index];
  if (block.kind !== "item") return 0;
  let n = 1;
  for (let i = index - 1; i >= 0; i--) {
    const prev = blocks[i];
    if (prev.kind !== "item" || prev.depth < block.depth) break;
    if (prev.depth === block.depth) n++;
  }
  return n;
}

/** The agreement's text with its headings, paragraphs and lists (from the version's Yjs state). */
function RichText({ blocks }: { blocks: PrintBlock[] }) {
  return (
    <div className="space-y-1.5 text-[10.5pt] leading-relaxed">
      {blocks.map((block, i) => {
        // Blocks have no ids of their own; their order is the document's.
        if (block.kind === "heading")
          return block.level <= 2 ? (
            <h2 key={i} className="mt-3 break-after-avoid border-b border-slate-200 text-[13pt] font-bold">
              {block.text}
            </h2>
          ) : (
            <h3 key={i} className="mt-2 break-after-avoid text-[11pt] font-bold">
              {block.text}
            </h3>
          );
        if (block.kind === "item")
          return (
            <p key={i} className="flex gap-1.5" style={{ paddingLeft: `${1 + block.depth * 1.2}em` }}>
              <span aria-hidden="true">{block.ordered ? `${numbered(blocks, i)}.` : "•"}</span>
              <span>{block.text}</span>
            </p>
          );
        return <p key={i}>{block.text}</p>;
      })}
    </div>
  );
}

async function GoalsTable({ goals }: { goals: AgreementGoal[] }) {
  const t = await getTranslations("agreements");
  const limit = (goal: AgreementGoal) =>
    goal.limitKind === "medical"
      ? t("goal.medical")
      : `${formatNumber(goal.limitValue)} ${t(goal.limitKind === "days" ? "goal.days" : "goal.minutes")}`;
  return (
    <section className="mt-3 break-inside-avoid">
      <h2 className="text-[13pt] font-bold">{t("goals")}</h2>
      <table className="w-full border-collapse text-[8.5pt]">
        <thead>
          <tr>
            {(["measure", "target", "limit", "condition", "deadline", "milestones", "objects"] as const).map((key) => (
              <th key={key} className={head}>
                {t(`goal.${key}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {goals.map((goal) => (
            <tr key={goal.id}>
              <td className={cell}>{goal.measure}</td>
              <td className={`${cell} text-right tabular-nums`}>
                {goal.target === null ? "–" : `${formatNumber(goal.target)} %`}
              </td>
              <td className={cell}>{limit(goal)}</td>
              <td className={cell}>{goal.condition || "–"}</td>
              <td className={cell}>{goal.deadline || "–"}</td>
              <td className={cell}>
                {goal.milestones.length === 0
                  ? "–"
                  : goal.milestones
                      .map((m) => `${m.share === null ? "–" : `${formatNumber(m.share)} %`} ${m.date}`)
                      .join("; ")}
              </td>
              <td className={cell}>{goal.objects.join(", ") || "–"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

async function ProductionGoalsTables({ goals }: { goals: ProductionGoals }) {
  const t = await getTranslations("productionGoals");
  return (
    <section className="mt-3">
      <h2 className="text-[13pt] font-bold">{t("title")}</h2>
      <table className="w-full border-collapse text-[8pt]">
        <thead>
          <tr>
            <th className={head}>{t("object")}</th>
            {goals.periods.map((period) => (
              <th key={period.key} className={`${head} text-right`}>
                {period.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {goals.rows.map((row) => (
            <tr key={row.objectId} className="break-inside-avoid">
              <td className={cell}>{row.label}</td>
              {row.planned.map((value, i) => (
                <td key={goals.periods[i]?.key ?? i} className={`${cell} text-right tabular-nums`}>
                  {formatNumber(value)}
                  <span className="block text-[7pt] text-slate-600">
                    {t("need")} {formatNumber(row.need[i])}
                  </span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <h3 className="mt-2 text-[11pt] font-bold">{t("measures")}</h3>
      {goals.measures.length === 0 ? (
        <p className="text-[10pt]">{t("noMeasures")}</p>
      ) : (
        <ul className="list-disc pl-5 text-[10pt]">
          {goals.measures.map((m) => (
            <li key={m.id}>
              <strong>{m.title}</strong>: {m.effect}
            </li>
          ))}
        </ul>
      )}
      {goals.gap.length > 0 && (
        <>
          <h3 className="mt-2 text-[11pt] font-bold">{t("gap")}</h3>
          {goals.gap.map((sentence) => (
            <p key={sentence} className="text-[10pt]">
              {sentence}
            </p>
          ))}
        </>
      )}
    </section>
  );
}

/**
 * A signed agreement's content pages: its parties, its text with headings and lists, its goal
 * rows, and the production goals frozen into it when it was decided.
 */
export async function AgreementPrint({
  content,
  state,
  empty,
}: {
  content: VersionContent;
  state: Uint8Array;
  empty: string;
}) {
  const t = await getTranslations("agreements");
  const blocks = readPrintBlocks(state);
  const parties = content.fields?.meta.parties;
  const goals = (content.fields?.goals ?? []) as AgreementGoal[];
  const frozen = content.frozen?.[PRODUCTION_GOALS_KEY] as ProductionGoals | undefined;
  return (
    <>
      {Array.isArray(parties) && parties.length > 0 && (
        <p className="mb-2 text-[10pt]">
          <strong>{t("parties")}:</strong> {parties.join(" · ")}
        </p>
      )}
      {blocks.length === 0 ? <p>{empty}</p> : <RichText blocks={blocks} />}
      {goals.length > 0 && <GoalsTable goals={goals} />}
      {frozen?.format === "production-goals" && <ProductionGoalsTables goals={frozen} />}
    </>
  );
}
