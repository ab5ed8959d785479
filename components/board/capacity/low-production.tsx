"use client";

import { useTranslations } from "next-intl";
import { useBoardRoom } from "@/components/board/board-room";
import { InlineNumber } from "@/components/grid/inline-field";
import { ui } from "@/components/ui/styles";
import { setCalendar, toggleLowProductionWeek } from "@/lib/board/doc-model";
import { type PksBoard, weekNumber } from "@/lib/engine";
import { formatWeekWithYear } from "@/lib/format";

/** Low-production weeks (summer, Christmas …) as toggle buttons, and their default availability. */
export function LowProductionCalendar({ board, weeks }: { board: PksBoard; weeks: readonly string[] }) {
  const t = useTranslations("capacity");
  const room = useBoardRoom();
  const low = new Set(board.calendar?.lowProductionWeeks ?? []);
  const disabled = !room.canEdit;
  return (
    <section aria-labelledby="low-title" className={`${ui.card} space-y-4`}>
      <div className="flex flex-wrap items-end gap-4">
        <div className="min-w-0 flex-1">
          <h3 id="low-title" className={ui.h2}>
            {t("low.title")}
          </h3>
          <p className="text-sm text-slate-600">{t("low.help", { count: low.size })}</p>
        </div>
        <InlineNumber
          className="w-72"
          label={t("low.availability")}
          value={board.calendar?.lowProductionAvailability ?? 0.5}
          format={{ kind: "percent" }}
          range={{ min: 0, max: 1 }}
          unit="%"
          required
          disabled={disabled}
          testId="low-availability"
          onSave={(value) => setCalendar(room.doc, { lowProductionAvailability: value ?? 0.5 }, room.origin)}
        />
      </div>
      <ul className="grid grid-cols-[repeat(auto-fill,minmax(3.25rem,1fr))] gap-1" aria-label={t("low.weeksLabel")}>
        {weeks.map((week) => {
          const isLow = low.has(week);
          return (
            <li key={week}>
              <button
                type="button"
                aria-pressed={isLow}
                disabled={disabled}
                title={`${formatWeekWithYear(week)}${isLow ? ` — ${t("low.isLow")}` : ""}`}
                aria-label={formatWeekWithYear(week)}
                onClick={() => toggleLowProductionWeek(room.doc, week, undefined, room.origin)}
                className={`tabular flex min-h-9 w-full items-center justify-center gap-0.5 rounded border text-sm ${isLow ? "border-amber-600 bg-amber-100 font-semibold text-amber-900" : "border-slate-200 bg-white text-slate-700 hover:bg-slate-50"} disabled:cursor-default`}
              >
                {isLow && <span aria-hidden>▾</span>}
                {weekNumber(week)}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
