"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatWeekLabel, formatWeekLabelWithYear } from "@/lib/engine";
import { formatNumber } from "@/lib/format";
import { ChartFrame, type LegendItem, type MarkerShape, MarkerSvg } from "./chart-frame";

/** Meaning of a series; decides its colour, dash and marker (UI.md visual language). */
export type SeriesTone = "plan" | "outcome" | "deficit" | "surplus" | "scenario" | "history" | "accent" | "secondary";

export interface WeekSeries {
  /** Stable key (used for React keys and the table column). */
  key: string;
  /** Legend and table header, unit included ("Behov (st)"). */
  label: string;
  /** One value per week, aligned with `weeks`; null = no value (a gap in the line). */
  values: readonly (number | null)[];
  tone: SeriesTone;
  /** Overrides of the tone's look. */
  color?: string;
  dash?: string;
  marker?: MarkerShape;
}

export interface WeekLineChartProps {
  title: string;
  description?: string;
  /** ISO weeks `YYYY-Www` (x axis), or any keys when `labels` is given (months, quarters). */
  weeks: readonly string[];
  /** X labels instead of "v. 12" (e.g. period labels from formatPeriodLabel). */
  labels?: readonly string[];
  series: readonly WeekSeries[];
  /** Decimals in the table and tooltip (default 0). */
  decimals?: number;
  /** Y axis label, e.g. "timmar". */
  unit?: string;
  height?: number;
  defaultView?: "chart" | "table";
  actions?: React.ReactNode;
  className?: string;
}

const TONES: Record<SeriesTone, { color: string; dash?: string; marker: MarkerShape; width: number }> = {
  plan: { color: "#6b7280", marker: "none", width: 2.5 },
  outcome: { color: "#2563eb", marker: "circle", width: 2 },
  deficit: { color: "#c2410c", marker: "triangle-down", width: 2 },
  surplus: { color: "#0f766e", marker: "triangle-up", width: 2 },
  scenario: { color: "#7c3aed", dash: "7 4", marker: "diamond", width: 2 },
  history: { color: "#64748b", dash: "2 3", marker: "square", width: 1.5 },
  accent: { color: "#1d4ed8", marker: "circle", width: 2 },
  secondary: { color: "#334155", dash: "10 3", marker: "triangle-up", width: 2 },
};

function look(series: WeekSeries) {
  const tone = TONES[series.tone];
  return {
    color: series.color ?? tone.color,
    dash: series.dash ?? tone.dash,
    marker: series.marker ?? tone.marker,
    width: tone.width,
  };
}

/** "v. 12", with the ISO year on the first week and where the year changes. */
export function weekAxisLabels(weeks: readonly string[]): string[] {
  return weeks.map((week, i) =>
    i === 0 || week.slice(0, 4) !== weeks[i - 1].slice(0, 4) ? formatWeekLabelWithYear(week) : formatWeekLabel(week),
  );
}

/**
 * Several weekly series as lines, with semantic colours that never stand alone: every tone has its
 * own dash or marker, the legend repeats them, and a table view gives the exact numbers.
 */
export function WeekLineChart(props: WeekLineChartProps) {
  const t = useTranslations("charts");
  const decimals = props.decimals ?? 0;
  const labels = useMemo(() => props.labels ?? weekAxisLabels(props.weeks), [props.labels, props.weeks]);
  const data = useMemo(
    () =>
      labels.map((label, i) => {
        const row: Record<string, string | number | null> = { x: label };
        for (const s of props.series) row[s.key] = s.values[i] ?? null;
        return row;
      }),
    [labels, props.series],
  );
  const legend: LegendItem[] = props.series.map((s) => ({ label: s.label, ...look(s) }));
  const table = {
    rowHeader: props.labels ? t("period") : t("week"),
    columns: props.series.map((s) => s.label),
    rows: labels.map((label, i) => ({
      label,
      cells: props.series.map((s) => formatNumber(s.values[i] ?? null, decimals)),
    })),
  };
  // Markers on every point clutter long horizons; show them every few points instead.
  const markerEvery = Math.max(1, Math.ceil(labels.length / 26));
  return (
    <ChartFrame
      title={props.title}
      description={props.description}
      legend={legend}
      table={table}
      defaultView={props.defaultView}
      actions={props.actions}
      className={props.className}
    >
      <div style={{ height: props.height ?? 280 }} className="w-full">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={data} margin={{ top: 8, right: 16, bottom: 4, left: 8 }}>
            <CartesianGrid stroke="#e2e8f0" vertical={false} />
            <XAxis dataKey="x" tick={{ fontSize: 12, fill: "#475569" }} interval="preserveStartEnd" minTickGap={16} />
            <YAxis
              tick={{ fontSize: 12, fill: "#475569" }}
              tickFormatter={(v: number) => formatNumber(v)}
              width={56}
              label={
                props.unit
                  ? { value: props.unit, angle: -90, position: "insideLeft", fontSize: 12, fill: "#475569" }
                  : undefined
              }
            />
            <Tooltip
              formatter={(value) => (typeof value === "number" ? formatNumber(value, decimals) : String(value ?? "–"))}
              contentStyle={{ fontSize: 13 }}
            />
            {props.series.map((s) => {
              const l = look(s);
              return (
                <Line
                  key={s.key}
                  dataKey={s.key}
                  name={s.label}
                  type="monotone"
                  stroke={l.color}
                  strokeWidth={l.width}
                  strokeDasharray={l.dash}
                  isAnimationActive={false}
                  connectNulls={false}
                  dot={(dot: { cx?: number; cy?: number; index?: number }) => (
                    <g key={`${s.key}-${dot.index}`}>
                      {dot.cx !== undefined && dot.cy !== undefined && (dot.index ?? 0) % markerEvery === 0 && (
                        <MarkerSvg shape={l.marker} cx={dot.cx} cy={dot.cy} r={3.5} color={l.color} />
                      )}
                    </g>
                  )}
                  activeDot={{ r: 5 }}
                />
              );
            })}
          </LineChart>
        </ResponsiveContainer>
      </div>
    </ChartFrame>
  );
}
