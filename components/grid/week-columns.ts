import { formatWeekShort, formatWeekWithYear } from "@/lib/format";
import type { GridColumn } from "./grid-types";

/**
 * Grid columns for ISO weeks: "v. 12" (English "wk 12"), with the year on the first week and where the year
 * changes; low-production weeks tinted and named in the title.
 */
export function weekColumns(
  weeks: readonly string[],
  lowProduction?: ReadonlySet<string>,
  lowProductionLabel?: string,
): GridColumn[] {
  return weeks.map((week, i) => {
    const isNewYear = i === 0 || week.slice(0, 4) !== weeks[i - 1].slice(0, 4);
    const full = formatWeekWithYear(week);
    const isLow = lowProduction?.has(week) ?? false;
    return {
      key: week,
      label: isNewYear ? full : formatWeekShort(week),
      title: isLow && lowProductionLabel ? `${full} — ${lowProductionLabel}` : full,
      width: isNewYear ? 96 : undefined,
      isMuted: isLow,
    };
  });
}
