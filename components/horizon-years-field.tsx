"use client";

import { useTranslations } from "next-intl";
import { ui } from "./ui/styles";

/** Board creation: how many planning years the horizon spans (1–4; strategic boards by quarter and year). */
export function HorizonYearsField({ defaultValue }: { defaultValue?: string }) {
  const t = useTranslations("newBoard");
  return (
    <div>
      <label htmlFor="years" className={ui.label}>
        {t("years")}
      </label>
      <select
        id="years"
        name="years"
        defaultValue={defaultValue ?? "1"}
        className={`${ui.input} mt-1`}
        aria-describedby="years-help"
      >
        {[1, 2, 3, 4].map((n) => (
          <option key={n} value={n}>
            {t("yearsOption", { count: n })}
          </option>
        ))}
      </select>
      <p id="years-help" className={ui.help}>
        {t("yearsHelp")}
      </p>
    </div>
  );
}
