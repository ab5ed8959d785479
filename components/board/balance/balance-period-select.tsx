"use client";

import { useTranslations } from "next-intl";
import { setBalancePeriod } from "@/lib/board/doc-edit-v2";
import { type BalancePeriod, balancePeriodSchema, type PksBoard } from "@/lib/engine";
import { useBoardRoom } from "../board-room";

/**
 * The period balance is judged in (calendar.balancePeriod); empty follows the board's level
 * (week on a tactical or operational board, quarter on a strategic one, year on a political one).
 */
export function BalancePeriodSelect({ board, current }: { board: PksBoard; current: BalancePeriod }) {
  const t = useTranslations("balance.balancePeriod");
  const room = useBoardRoom();
  const value = board.calendar?.balancePeriod ?? "";
  return (
    <div className="flex flex-col">
      <label htmlFor="balance-period" className="text-sm text-slate-700">
        {t("label")}
      </label>
      <select
        id="balance-period"
        className="min-h-9 rounded-md border border-slate-300 bg-white px-2 text-sm"
        value={value}
        disabled={!room.canEdit}
        data-testid="balance-period"
        onChange={(e) => setBalancePeriod(room.doc, (e.target.value || null) as BalancePeriod | null, room.origin)}
      >
        <option value="">{t("byLevel", { period: t(`periods.${current}`) })}</option>
        {balancePeriodSchema.options.map((period) => (
          <option key={period} value={period}>
            {t(`periods.${period}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
