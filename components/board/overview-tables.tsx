"use client";

import { useTranslations } from "next-intl";
import { WaitText, waitTone } from "@/components/board/demand/object-v2-fields";
import { type DataColumn, DataTable } from "@/components/ui/data-table";
import { MEANING_GLYPH, SignedValue } from "@/components/ui/legend";
import { CARE_GUARANTEE_DAYS, expectedWaitAt, waitTargetOf } from "@/lib/board/wait-time";
import type { PksBoard, PksResult, PlanningObject, Resource } from "@/lib/engine";
import { formatNumber, formatPercent, formatWeekWithYear } from "@/lib/format";
import { planningObjectLabel } from "@/lib/import/validate";

function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

interface ResourceLine {
  resource: Resource;
  need: number;
  available: number;
  gap: number;
  coverage: number | null;
  shortPeriods: number;
}

/**
 * Balance per resource over the horizon: need, available, difference, coverage, and the periods of
 * the board's balance period (weeks, quarters, years) that are short.
 */
export function ResourceBalanceTable({
  board,
  result,
  totalPeriods,
}: {
  board: PksBoard;
  result: PksResult;
  totalPeriods: number;
}) {
  const t = useTranslations("overview");
  const lines: ResourceLine[] = board.resources.map((resource) => {
    const res = result.resources[resource.id]!;
    const [need, available] = [sum(res.need), sum(res.available)];
    return { resource, need, available, gap: available - need, coverage: res.coverage, shortPeriods: res.shortPeriods };
  });
  const columns: DataColumn<ResourceLine>[] = [
    { key: "name", header: t("resource"), isRowHeader: true, cell: (l) => l.resource.name },
    { key: "kind", header: t("kind"), cell: (l) => t(`kinds.${l.resource.kind}`) },
    { key: "need", header: t("need"), isNumeric: true, cell: (l) => formatNumber(l.need) },
    { key: "available", header: t("available"), isNumeric: true, cell: (l) => formatNumber(l.available) },
    {
      key: "gap",
      header: t("gap"),
      isNumeric: true,
      cell: (l) => <SignedValue value={l.gap} kind="gap" words={{ shortage: t("deficit"), surplus: t("surplus") }} />,
    },
    { key: "coverage", header: t("coverageCol"), isNumeric: true, cell: (l) => formatPercent(l.coverage) },
    {
      key: "shortPeriods",
      header: t("deficitPeriods", { period: result.balancePeriod }),
      isNumeric: true,
      cell: (l) => `${l.shortPeriods} / ${totalPeriods}`,
    },
  ];
  return (
    <DataTable
      caption={t("resources")}
      columns={columns}
      rows={lines}
      rowKey={(l) => l.resource.id}
      rowTestId={(l) => `resource-row-${l.resource.id}`}
      className="mt-3"
    />
  );
}

interface WaitingLine {
  id: string;
  object: PlanningObject;
  label: string;
  current: number | undefined;
  target: number | undefined;
  targetWeek: string | undefined;
  atTarget: number | undefined;
  isReached: boolean;
  end: number | undefined;
}

/** Waiting lists: now, the goal, at the goal week and at the end of the horizon, with totals. */
export function WaitingTable({
  board,
  result,
  weeks,
}: {
  board: PksBoard;
  result: PksResult;
  weeks: readonly string[];
}) {
  const t = useTranslations("overview");
  const tTable = useTranslations("dataTable");
  const tl = useTranslations("legend");
  const lines: WaitingLine[] = board.planningObjects
    .filter((p) => p.waitingList)
    .map((p) => {
      const path = result.planningObjects[p.id]?.waiting ?? [];
      const targetWeek = p.waitingList?.targetWeek;
      const targetIndex = targetWeek ? weeks.indexOf(targetWeek) : -1;
      const atTarget = targetIndex >= 0 ? path[targetIndex] : undefined;
      return {
        id: p.id,
        object: p,
        label: planningObjectLabel(p),
        current: p.waitingList?.current,
        target: p.waitingList?.target,
        targetWeek,
        atTarget,
        isReached: atTarget !== undefined && atTarget <= (p.waitingList?.target ?? 0) + 0.5,
        end: path[path.length - 1],
      };
    });
  const total = (pick: (l: WaitingLine) => number | undefined) => formatNumber(sum(lines.map((l) => pick(l) ?? 0)));
  const columns: DataColumn<WaitingLine>[] = [
    { key: "object", header: t("waitingObject"), isRowHeader: true, cell: (l) => l.label },
    {
      key: "current",
      header: t("waitingStart"),
      isNumeric: true,
      cell: (l) => formatNumber(l.current),
      footer: total((l) => l.current),
    },
    {
      key: "target",
      header: t("waitingTarget"),
      isNumeric: true,
      cell: (l) => `${formatNumber(l.target)}${l.targetWeek ? ` (${formatWeekWithYear(l.targetWeek)})` : ""}`,
      footer: total((l) => l.target),
    },
    {
      key: "atTarget",
      header: t("waitingAtTarget"),
      isNumeric: true,
      cellClassName: (l) => (l.atTarget === undefined ? undefined : l.isReached ? "text-surplus" : "text-deficit"),
      cell: (l) =>
        l.atTarget === undefined ? (
          "–"
        ) : (
          <>
            <span aria-hidden>{MEANING_GLYPH[l.isReached ? "atGoal" : "aboveGoal"]} </span>
            {formatNumber(l.atTarget)}
            <span className="sr-only"> {l.isReached ? tl("atGoal") : tl("aboveGoal")}</span>
          </>
        ),
    },
    {
      key: "end",
      header: t("waitingEnd"),
      isNumeric: true,
      cell: (l) => formatNumber(l.end),
      footer: total((l) => l.end),
    },
    {
      key: "expectedWait",
      header: t("expectedWait"),
      isNumeric: true,
      cellTestId: (l) => `expected-wait-${l.id}`,
      cellClassName: (l) => waitTone(expectedWaitAt(l.object, result.planningObjects[l.id], 0)?.isWithinTarget ?? null),
      cell: (l) => {
        const wait = expectedWaitAt(l.object, result.planningObjects[l.id], 0);
        return wait ? <WaitText wait={wait} /> : "–";
      },
    },
    {
      key: "waitTarget",
      header: t("waitTarget"),
      isNumeric: true,
      cell: (l) => t("waitTargetDays", { days: waitTargetOf(l.object).days, guarantee: CARE_GUARANTEE_DAYS }),
    },
  ];
  return (
    <DataTable
      caption={t("waiting")}
      columns={columns}
      rows={lines}
      rowKey={(l) => l.id}
      footerLabel={tTable("total")}
      testId="waiting-table"
      className="mt-3"
    />
  );
}
