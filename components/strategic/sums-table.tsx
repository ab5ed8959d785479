"use client";
import { useTranslations } from "next-intl";
import type { PeriodSums, ResourceSummary } from "@/lib/engine";
import { formatNumber, formatPercent } from "@/lib/format";
import { periodLabel } from "./use-strategic";

function BalanceCell({ value, testId }: { value: number; testId: string }) {
  const isShort = value < -1e-9;
  return (
    <td
      className={`px-2 py-1 text-right tabular-nums ${isShort ? "font-semibold text-deficit" : ""}`}
      data-testid={testId}
    >
      {isShort && <span aria-hidden>▼ </span>}
      {formatNumber(value)}
    </td>
  );
}

function Rows({ name, sums, prefix, isTotal }: { name: string; sums: PeriodSums; prefix: string; isTotal?: boolean }) {
  const t = useTranslations("strategic.sums");
  const cell = (value: number, key: string, i: number) => (
    <td key={i} className="px-2 py-1 text-right tabular-nums" data-testid={`${prefix}-${key}-${i}`}>
      {formatNumber(value)}
    </td>
  );
  const head = isTotal ? "bg-slate-50 font-semibold" : "";
  return (
    <>
      <tr className={`border-t border-slate-200 ${head}`}>
        <th scope="row" rowSpan={4} className="px-2 py-1 text-left align-top font-semibold">
          {name}
        </th>
        <th scope="row" className="px-2 py-1 text-left font-normal">
          {t("need")}
        </th>
        {sums.need.map((v, i) => cell(v, "need", i))}
      </tr>
      <tr className={head}>
        <th scope="row" className="px-2 py-1 text-left font-normal text-slate-600">
          {t("acuteElective")}
        </th>
        {sums.acuteNeed.map((v, i) => (
          <td
            key={i}
            className="px-2 py-1 text-right text-xs tabular-nums text-slate-600"
            data-testid={`${prefix}-acute-${i}`}
          >
            {formatNumber(v)} / {formatNumber(sums.electiveNeed[i])}
          </td>
        ))}
      </tr>
      <tr className={head}>
        <th scope="row" className="px-2 py-1 text-left font-normal">
          {t("available")}
        </th>
        {sums.available.map((v, i) => cell(v, "available", i))}
      </tr>
      <tr className={head}>
        <th scope="row" className="px-2 py-1 text-left font-normal">
          {t("balance")}
        </th>
        {sums.balance.map((v, i) => (
          <BalanceCell key={i} value={v} testId={`${prefix}-balance-${i}`} />
        ))}
      </tr>
    </>
  );
}

/** Need (acute / elective), available capacity and balance of one resource per unit and period, with the organisation's total. */
export function SumsTable({ resource, periods }: { resource: ResourceSummary; periods: string[] }) {
  const t = useTranslations("strategic.sums");
  return (
    <section aria-labelledby="sums-heading" className="space-y-2">
      <h3 id="sums-heading" className="text-base font-semibold">
        {t("heading", { resource: resource.name })}
      </h3>
      <div
        className="overflow-x-auto rounded-lg border border-slate-200 bg-white"
        // A scrolling table must be reachable by keyboard (axe scrollable-region-focusable).
        {...{ tabIndex: 0, role: "region", "aria-labelledby": "sums-heading" }}
      >
        <table className="w-full text-sm" data-testid="strategic-sums">
          <thead className="bg-slate-50 text-slate-700">
            <tr>
              <th scope="col" className="px-2 py-1 text-left">
                {t("unit")}
              </th>
              <th scope="col" className="px-2 py-1 text-left">
                <span className="sr-only">{t("measure")}</span>
              </th>
              {periods.map((p) => (
                <th key={p} scope="col" className="px-2 py-1 text-right whitespace-nowrap">
                  {periodLabel(p)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {resource.units.map((u) => (
              <Rows key={u.unitId} name={u.unitName} sums={u} prefix={`unit-${u.unitId}`} />
            ))}
            <Rows name={t("total")} sums={resource.total} prefix="total" isTotal />
          </tbody>
        </table>
      </div>
      <p className="text-xs text-slate-600">{t("hint")}</p>
    </section>
  );
}

/** Which units are short where, and how the units compare on need, capacity and coverage. */
export function ShortagesAndComparison({ resource }: { resource: ResourceSummary }) {
  const t = useTranslations("strategic.sums");
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <section aria-labelledby="short-heading" className="rounded-lg border border-slate-200 bg-white p-3">
        <h3 id="short-heading" className="text-sm font-semibold">
          {t("shortHeading")}
        </h3>
        {resource.shortages.length === 0 ? (
          <p className="mt-1 text-sm text-slate-600">{t("noShortage")}</p>
        ) : (
          <ul className="mt-1 space-y-0.5 text-sm" data-testid="strategic-shortages">
            {resource.shortages.map((s) => (
              <li key={`${s.unitId}-${s.period}`}>
                <span aria-hidden className="text-deficit">
                  ▼{" "}
                </span>
                {t("shortLine", { unit: s.unitName, period: periodLabel(s.period), hours: formatNumber(s.hours) })}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="compare-heading" className="rounded-lg border border-slate-200 bg-white p-3">
        <h3 id="compare-heading" className="text-sm font-semibold">
          {t("compareHeading")}
        </h3>
        <table className="mt-1 w-full text-sm" data-testid="strategic-comparison">
          <thead className="text-slate-700">
            <tr>
              <th scope="col" className="text-left">
                {t("unit")}
              </th>
              <th scope="col" className="text-right">
                {t("need")}
              </th>
              <th scope="col" className="text-right">
                {t("available")}
              </th>
              <th scope="col" className="text-right">
                {t("coverage")}
              </th>
              <th scope="col" className="text-right">
                {t("hoursPerActivity")}
              </th>
            </tr>
          </thead>
          <tbody>
            {resource.comparison.map((c) => (
              <tr key={c.unitId} className="border-t border-slate-100">
                <th scope="row" className="text-left font-normal">
                  {c.unitName}
                </th>
                <td className="text-right tabular-nums">{formatNumber(c.need)}</td>
                <td className="text-right tabular-nums">{formatNumber(c.available)}</td>
                <td className="text-right tabular-nums">{formatPercent(c.coverage)}</td>
                <td className="text-right tabular-nums">{formatNumber(c.hoursPerActivity, 2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
