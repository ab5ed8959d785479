"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import type { GridColumn, GridPeriod } from "@/components/grid/grid-types";
import { periodKey } from "@/lib/engine";
import { useOptionalComments } from "./comments-provider";

/**
 * Open-thread counts of a grid's cells, keyed `<rowKey>|<colKey>` like the grid's own cell keys.
 * In a month/quarter/year roll-up a cell counts the threads of all its weeks.
 */
export function useGridCommentCounts(table: string, weekColumns: readonly GridColumn[], period: GridPeriod = "week") {
  const comments = useOptionalComments();
  return useMemo(() => {
    const counts = new Map<string, number>();
    if (!comments) return counts;
    const prefix = `cell:${table}:`;
    const weeks = new Set(weekColumns.map((c) => c.key));
    for (const [key, n] of comments.openCounts) {
      if (!key.startsWith(prefix)) continue;
      const rest = key.slice(prefix.length);
      const cut = rest.lastIndexOf(":");
      const row = rest.slice(0, cut);
      const col = rest.slice(cut + 1);
      const target = period === "week" || !weeks.has(col) ? col : periodKey(col, period);
      const cell = `${row}|${target}`;
      counts.set(cell, (counts.get(cell) ?? 0) + n);
    }
    return counts;
  }, [comments, table, weekColumns, period]);
}

/** The number of open threads in a rail section, as a small badge (nothing when none). */
export function SectionCommentCount({ section }: { section: string }) {
  const comments = useOptionalComments();
  const t = useTranslations("commentsPanel");
  if (!comments) return null;
  const count = comments.threads.filter((th) => th.section === section && !th.resolvedAt).length;
  if (count === 0) return null;
  return (
    <span
      className="tabular rounded-full bg-amber-100 px-1.5 text-xs font-semibold text-amber-900"
      title={t("openCellCount", { count })}
      data-testid={`rail-comments-${section}`}
    >
      <span aria-hidden>{count}</span>
      <span className="sr-only">{t("openCellCount", { count })}</span>
    </span>
  );
}
