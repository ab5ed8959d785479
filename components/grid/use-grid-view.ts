"use client";

import { useMemo } from "react";
import { aggregateMean, aggregateSum, periodKey } from "@/lib/engine";
import { formatPeriod } from "@/lib/format";
import type { GridColumn, GridPeriod } from "./grid-types";

/** The columns and values the grid shows: the given weeks, or their read-only roll-up per period. */
export function useGridView(
  columns: readonly GridColumn[],
  getValue: (row: number, col: number) => number | null,
  period: GridPeriod,
  aggregate: "sum" | "mean",
): { columns: readonly GridColumn[]; getValue: (row: number, col: number) => number | null; isRollUp: boolean } {
  return useMemo(() => {
    if (period === "week") return { columns, getValue, isRollUp: false };
    const weeks = columns.map((c) => c.key);
    const keys: string[] = [];
    for (const week of weeks) {
      const key = periodKey(week, period);
      if (keys[keys.length - 1] !== key && !keys.includes(key)) keys.push(key);
    }
    const periodColumns: GridColumn[] = keys.map((key) => ({ key, label: formatPeriod(key), width: 96 }));
    // Each row's roll-up is computed by the engine's aggregation the first time it is shown.
    const cache = new Map<number, (number | null)[]>();
    const rolled = (row: number, col: number) => {
      let values = cache.get(row);
      if (!values) {
        const weekly = weeks.map((_, c) => getValue(row, c));
        const series =
          aggregate === "mean" ? aggregateMean(weeks, weekly, period) : aggregateSum(weeks, weekly, period);
        values = series.values;
        cache.set(row, values);
      }
      return values[col] ?? null;
    };
    return { columns: periodColumns, getValue: rolled, isRollUp: true };
  }, [columns, getValue, period, aggregate]);
}
