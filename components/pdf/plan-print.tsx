import { getTranslations } from "next-intl/server";
import { computeBoard, type PksBoard, type PksResult } from "@/lib/engine";
import { objectLabel, weekHeaders } from "@/lib/export/xlsx";
import { formatNumber, formatPercent, formatWeekWithYear } from "@/lib/format";
import { printCell, printHead } from "./print-styles";

const CHUNK = 26;
const cell = `${printCell} text-right tabular-nums`;
const head = printHead;

function chunks(weeks: string[]): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < weeks.length; i += CHUNK)
    out.push(Array.from({ length: Math.min(CHUNK, weeks.length - i) }, (_, k) => i + k));
  return out;
}

function WeekHead({ labels, columns, first }: { labels: string[]; columns: number[]; first: string }) {
  return (
    <thead>
      <tr>
        <th className={head}>{first}</th>
        {columns.map((c) => (
          <th key={c} className={`${head} text-right`}>
            {labels[c]}
          </th>
        ))}
      </tr>
    </thead>
  );
}

async function PlanTables({ board, result }: { board: PksBoard; result: PksResult }) {
  const t = await getTranslations("pdf.print");
  const labels = weekHeaders(result.weeks);
  return (
    <section className="break-after-page">
      <h2 className="mb-1 text-base font-bold">{t("plan")}</h2>
      {chunks(result.weeks).map((columns) => (
        <table key={columns[0]} className="mb-3 w-full border-collapse text-[7pt]">
          <caption className="text-left text-[8pt] text-slate-600">{t("planCaption")}</caption>
          <WeekHead labels={labels} columns={columns} first={t("object")} />
          <tbody>
            {board.planningObjects.map((po) => {
              const planned = result.planningObjects[po.id]?.planned ?? [];
              return (
                <tr key={po.id}>
                  <th scope="row" className={`${head} bg-white font-normal`}>
                    {objectLabel(po)}
                  </th>
                  {columns.map((c) => (
                    <td key={c} className={cell}>
                      {formatNumber(planned[c] ?? 0)}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      ))}
    </section>
  );
}

async function BalanceTables({ board, result }: { board: PksBoard; result: PksResult }) {
  const t = await getTranslations("pdf.print");
  const labels = weekHeaders(result.weeks);
  return (
    <section className="break-after-page">
      <h2 className="mb-1 text-base font-bold">{t("balance")}</h2>
      {board.resources.map((resource) => {
        const res = result.resources[resource.id];
        if (!res) return null;
        const rows = [
          [t("need"), res.need],
          [t("available"), res.available],
          [t("gap"), res.gap],
        ] as const;
        return (
          <div key={resource.id} className="mb-3 break-inside-avoid">
            {chunks(result.weeks).map((columns) => (
              <table key={columns[0]} className="mb-1 w-full border-collapse text-[7pt]">
                <caption className="text-left text-[8pt] text-slate-600">
                  {t("balanceCaption", { resource: resource.name })}
                </caption>
                <WeekHead labels={labels} columns={columns} first={resource.name} />
                <tbody>
                  {rows.map(([label, values]) => (
                    <tr key={label}>
                      <th scope="row" className={`${head} bg-white font-normal`}>
                        {label}
                      </th>
                      {columns.map((c) => (
                        <td
                          key={c}
                          className={`${cell} ${label === t("gap") && values[c] < 0 ? "font-bold text-red-800" : ""}`}
                        >
                          {formatNumber(values[c] ?? 0)}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            ))}
            <p className="text-[8pt]">
              {t("coverage", { value: formatPercent(res.coverage), count: res.shortPeriods })}
            </p>
          </div>
        );
      })}
    </section>
  );
}

function objectName(board: PksBoard, id: string): string {
  const po = board.planningObjects.find((p) => p.id === id);
  return po ? objectLabel(po) : id;
}

async function DecidedMeasures({ board }: { board: PksBoard }) {
  const t = await getTranslations("pdf.print");
  const decided = (board.measures ?? []).filter((m) => m.status !== "proposed");
  const name = (id: string, list: { id: string; name?: string }[]) => list.find((x) => x.id === id)?.name ?? id;
  return (
    <section>
      <h2 className="mb-1 text-base font-bold">{t("measures")}</h2>
      {decided.length === 0 ? (
        <p className="text-sm">{t("noMeasures")}</p>
      ) : (
        <ul className="list-disc pl-5 text-sm">
          {decided.map((m) => (
            <li key={m.id}>
              <strong>{m.title}</strong> –{" "}
              {m.kind === "capacity"
                ? t("measureKinds.capacity", {
                    hours: formatNumber(m.hoursPerWeek, 1),
                    resource: name(m.resourceId, board.resources),
                  })
                : t("measureKinds.need", { object: objectName(board, m.planningObjectId) })}
              {m.from || m.to
                ? ` (${t("measurePeriod", { from: m.from ? formatWeekWithYear(m.from) : "", to: m.to ? formatWeekWithYear(m.to) : "" })})`
                : ""}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The signed production plan for print: planned production, balance per resource, decided measures. */
export async function PlanPrint({ board }: { board: PksBoard }) {
  const result = computeBoard(board, { mode: "plan" });
  return (
    <>
      <PlanTables board={board} result={result} />
      <BalanceTables board={board} result={result} />
      <DecidedMeasures board={board} />
    </>
  );
}
