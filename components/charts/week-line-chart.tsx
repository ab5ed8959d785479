"use client";

import { useTranslations } from "next-intl";
import { memo, useMemo, useRef } from "react";
import { CartesianGrid, Line, LineChart, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatNumber, formatWeekShort, formatWeekWithYear } from "@/lib/format";
import { ChartFrame, type LegendItem, type MarkerShape, MarkerSvg } from "./chart-frame";

/** Meaning of a series; decides its colour, dash and marker (UI.md visual language). */
export type SeriesTone =
  | "need"
  | "plan"
  | "outcome"
  | "deficit"
  | "surplus"
  | "scenario"
  | "history"
  | "accent"
  | "secondary";

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
  /** Periods to shade (e.g. deficit weeks: need above available), one flag per x value. */
  shade?: readonly boolean[];
  /** Legend text of the shaded periods. */
  shadeLabel?: string;
}

const TONES: Record<SeriesTone, { color: string; dash?: string; marker: MarkerShape; width: number }> = {
  need: { color: "#1e3a8a", marker: "circle", width: 2.5 },
  plan: { color: "#6b7280", marker: "none", width: 2.5 },
  outcome: { color: "#2563eb", marker: "circle", width: 2 },
  deficit: { color: "#c2410c", marker: "square", width: 2 },
  surplus: { color: "#0f766e", marker: "circle", width: 2 },
  scenario: { color: "#7c3aed", dash: "7 4", marker: "diamond", width: 2 },
  history: { color: "#64748b", dash: "2 3", marker: "square", width: 1.5 },
  accent: { color: "#1d4ed8", marker: "circle", width: 2 },
  secondary: { color: "#334155", dash: "10 3", marker: "square", width: 2 },
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
    i === 0 || week.slice(0, 4) !== weeks[i - 1].slice(0, 4) ? formatWeekWithYear(week) : formatWeekShort(week),
  );
}

/** Shading of deficit periods (the soft deficit colour), in the chart and its legend. */
const SHADE_COLOR = "#fdba74";

/** Runs of shaded x values as recharts reference areas (from the first to the last label of a run). */
function shadedRanges(labels: readonly string[], shade?: readonly boolean[]): { x1: string; x2: string }[] {
  const ranges: { x1: string; x2: string }[] = [];
  if (!shade) return ranges;
  let start = -1;
  for (let i = 0; i <= labels.length; i++) {
    const on = i < labels.length && shade[i];
    if (on && start < 0) start = i;
    if (!on && start >= 0) {
      // A run reaches to the next point, so a single week is a visible band, not a line.
      ranges.push({ x1: labels[start], x2: labels[Math.min(i, labels.length - 1)] });
      start = -1;
    }
  }
  return ranges;
}

/** At most this many x labels: a fixed interval, so recharts need not measure every label. */
const MAX_X_TICKS = 14;
const TICK_STYLE = { fontSize: 12, fill: "#475569" };

interface AxisTickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
  textAnchor?: "start" | "middle" | "end" | "inherit";
  verticalAnchor?: "start" | "middle" | "end";
  className?: string;
}

/**
 * A plain SVG tick label. recharts' own `<Text>` measures every label (a DOM span and
 * getBoundingClientRect each, a forced layout) to wrap it; short week and number labels never wrap.
 */
function tickText(props: AxisTickProps, text: string) {
  const dy = props.verticalAnchor === "middle" ? "0.355em" : props.verticalAnchor === "end" ? "0" : "0.71em";
  return (
    <text
      x={props.x}
      y={props.y}
      dy={dy}
      textAnchor={props.textAnchor}
      className={props.className}
      fontSize={TICK_STYLE.fontSize}
      fill={TICK_STYLE.fill}
    >
      {text}
    </text>
  );
}
/** X labels with a year ("v. 1 2027", "jan 2027") put the year on a second line, so neighbours never touch. */
const xTick = (props: AxisTickProps) => {
  const text = String(props.payload?.value ?? "");
  const match = /^(.+) (\d{4})$/.exec(text);
  if (!match) return tickText(props, text);
  return (
    <text x={props.x} y={props.y} textAnchor="middle" fontSize={TICK_STYLE.fontSize} fill={TICK_STYLE.fill}>
      <tspan x={props.x} dy="0.71em">
        {match[1]}
      </tspan>
      <tspan x={props.x} dy="1.2em">
        {match[2]}
      </tspan>
    </text>
  );
};
const yTick = (props: AxisTickProps) => {
  const value = props.payload?.value;
  return tickText(props, typeof value === "number" ? formatNumber(value) : String(value ?? ""));
};

function sameArray<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameSeries(a: readonly WeekSeries[], b: readonly WeekSeries[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a.every((s, i) => {
    const o = b[i];
    return (
      s.key === o.key &&
      s.label === o.label &&
      s.tone === o.tone &&
      s.color === o.color &&
      s.dash === o.dash &&
      s.marker === o.marker &&
      sameArray(s.values, o.values)
    );
  });
}

/**
 * The previous value while the new one is equal by `isSame`: callers rebuild series and labels on
 * every recomputation (a measure change recomputes the whole board), and an unchanged chart should
 * not redraw.
 */
function useStableValue<T>(value: T, isSame: (a: T, b: T) => boolean): T {
  const ref = useRef(value);
  if (ref.current !== value && !isSame(ref.current, value)) ref.current = value;
  return ref.current;
}

/**
 * Several weekly series as lines, with semantic colours that never stand alone: every tone has its
 * own dash or marker, the legend repeats them, and a table view gives the exact numbers.
 */
export function WeekLineChart(props: WeekLineChartProps) {
  const t = useTranslations("charts");
  const decimals = props.decimals ?? 0;
  const labels = useStableValue(
    useMemo(() => props.labels ?? weekAxisLabels(props.weeks), [props.labels, props.weeks]),
    sameArray,
  );
  const series = useStableValue(props.series, sameSeries);
  const data = useMemo(
    () =>
      labels.map((label, i) => {
        const row: Record<string, string | number | null> = { x: label };
        for (const s of series) row[s.key] = s.values[i] ?? null;
        return row;
      }),
    [labels, series],
  );
  const legend: LegendItem[] = series.map((s) => ({ label: s.label, ...look(s) }));
  if (props.shade?.some(Boolean) && props.shadeLabel)
    legend.push({ label: props.shadeLabel, color: SHADE_COLOR, area: true });
  const shadeRanges = useMemo(() => shadedRanges(labels, props.shade), [labels, props.shade]);
  const rowHeader = props.labels ? t("period") : t("week");
  const table = useMemo(
    () => ({
      rowHeader,
      columns: series.map((s) => s.label),
      rows: labels.map((label, i) => ({
        label,
        cells: series.map((s) => formatNumber(s.values[i] ?? null, decimals)),
      })),
    }),
    [rowHeader, series, labels, decimals],
  );
  // Markers on every point clutter long horizons; show them every few points instead.
  const markerEvery = Math.max(1, Math.ceil(labels.length / 26));
  const xInterval = Math.max(0, Math.ceil(labels.length / MAX_X_TICKS) - 1);
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
      <LineChartBody
        data={data}
        series={series}
        decimals={decimals}
        unit={props.unit}
        height={props.height ?? 280}
        markerEvery={markerEvery}
        xInterval={xInterval}
        shade={shadeRanges}
      />
    </ChartFrame>
  );
}

/** The recharts part, memoised: it is redrawn only when its data or look changes. */
const LineChartBody = memo(function LineChartBody(props: {
  data: Record<string, string | number | null>[];
  series: readonly WeekSeries[];
  decimals: number;
  unit?: string;
  height: number;
  markerEvery: number;
  xInterval: number;
  shade: readonly { x1: string; x2: string }[];
}) {
  return (
    <div style={{ height: props.height }} className="w-full">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={props.data} margin={{ top: 8, right: 16, bottom: 4, left: 8 }}>
          <CartesianGrid stroke="#e2e8f0" vertical={false} />
          {props.shade.map((r) => (
            <ReferenceArea
              key={r.x1}
              x1={r.x1}
              x2={r.x2}
              fill={SHADE_COLOR}
              fillOpacity={0.35}
              stroke="none"
              ifOverflow="visible"
            />
          ))}
          <XAxis dataKey="x" tick={xTick} interval={props.xInterval} height={36} />
          <YAxis
            tick={yTick}
            tickFormatter={(v: number) => formatNumber(v)}
            interval={0}
            width={56}
            label={
              props.unit
                ? { value: props.unit, angle: -90, position: "insideLeft", fontSize: 12, fill: "#475569" }
                : undefined
            }
          />
          <Tooltip
            formatter={(value) =>
              typeof value === "number" ? formatNumber(value, props.decimals) : String(value ?? "–")
            }
            contentStyle={{ fontSize: 13 }}
          />
          {props.series.map((s) => {
            const l = look(s);
            return (
              <Line
                key={s.key}
                dataKey={s.key}
                name={s.label}
                type="linear"
                stroke={l.color}
                strokeWidth={l.width}
                strokeDasharray={l.dash}
                isAnimationActive={false}
                connectNulls={false}
                dot={(dot: { cx?: number; cy?: number; index?: number }) => (
                  <g key={`${s.key}-${dot.index}`}>
                    {dot.cx !== undefined && dot.cy !== undefined && (dot.index ?? 0) % props.markerEvery === 0 && (
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
  );
});
