"use client";

import { BarChart3, Table2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { memo, useId, useState } from "react";

/** How a series is told apart without colour: line dash and point marker. */
export interface LegendItem {
  label: string;
  color: string;
  /** SVG stroke-dasharray, e.g. "6 4"; absent = solid. */
  dash?: string;
  marker?: MarkerShape;
  /** A shaded area (e.g. deficit weeks) instead of a line. */
  area?: boolean;
}

export type MarkerShape = "none" | "circle" | "square" | "triangle-up" | "triangle-down" | "diamond";

/** A plain table of the chart's numbers: the accessible and printable twin of the chart. */
export interface ChartTable {
  /** Header of the first column (e.g. "Vecka"). */
  rowHeader: string;
  /** Column headers, units included ("Behov (st)"). */
  columns: string[];
  /** One row per x value: its label and the formatted cells. */
  rows: { label: string; cells: string[] }[];
}

export interface ChartFrameProps {
  title: string;
  /** One sentence saying what the chart shows; also read by screen readers. */
  description?: string;
  legend?: LegendItem[];
  table: ChartTable;
  /** Start in table view (e.g. when the user prefers numbers). */
  defaultView?: "chart" | "table";
  /** Extra controls next to the view toggle (period selector …). */
  actions?: React.ReactNode;
  /** The chart itself (e.g. a recharts chart inside a sized box). */
  children: React.ReactNode;
  className?: string;
}

/**
 * A titled chart with a legend and a "show as table / show as chart" toggle. On screen one view is
 * shown; on paper both print, the chart followed by its table.
 */
export function ChartFrame(props: ChartFrameProps) {
  const t = useTranslations("charts");
  const [view, setView] = useState(props.defaultView ?? "chart");
  const titleId = useId();
  const descriptionId = useId();
  const isTable = view === "table";
  return (
    <figure
      aria-labelledby={titleId}
      aria-describedby={props.description ? descriptionId : undefined}
      className={`break-inside-avoid rounded-lg border border-slate-200 bg-white p-4 shadow-sm print:shadow-none ${props.className ?? ""}`}
    >
      <div className="flex flex-wrap items-start gap-3">
        <div className="min-w-0 flex-1">
          <figcaption id={titleId} className="text-base font-semibold text-slate-900">
            {props.title}
          </figcaption>
          {props.description && (
            <p id={descriptionId} className="mt-0.5 text-sm text-slate-600">
              {props.description}
            </p>
          )}
        </div>
        <div className="no-print flex items-center gap-2">
          {props.actions}
          <button
            type="button"
            onClick={() => setView(isTable ? "chart" : "table")}
            aria-pressed={isTable}
            className="inline-flex min-h-9 items-center gap-1.5 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50"
          >
            {isTable ? <BarChart3 aria-hidden className="size-4" /> : <Table2 aria-hidden className="size-4" />}
            {isTable ? t("showChart") : t("showTable")}
          </button>
        </div>
      </div>
      {props.legend && props.legend.length > 0 && (
        <ul
          className={`mt-3 flex flex-wrap gap-x-5 gap-y-1 text-sm text-slate-700 ${isTable ? "hidden print:flex" : ""}`}
        >
          {props.legend.map((item) => (
            <li key={item.label} className="flex items-center gap-2">
              <LegendSwatch item={item} />
              {item.label}
            </li>
          ))}
        </ul>
      )}
      <div className={`mt-3 ${isTable ? "hidden print:block" : ""}`} aria-hidden={isTable}>
        {props.children}
      </div>
      <div className={`mt-3 ${isTable ? "" : "hidden print:block"}`}>
        <ChartDataTable table={props.table} caption={props.title} />
      </div>
    </figure>
  );
}

/** A short line with the series' dash and marker, as drawn in the chart. */
export function LegendSwatch({ item }: { item: LegendItem }) {
  return (
    <svg width="32" height="12" viewBox="0 0 32 12" aria-hidden className="shrink-0">
      {item.area && <rect x="1" y="0" width="30" height="12" fill={item.color} fillOpacity={0.35} />}
      {!item.area && (
        <line x1="1" y1="6" x2="31" y2="6" stroke={item.color} strokeWidth="2.5" strokeDasharray={item.dash} />
      )}
      <MarkerSvg shape={item.marker ?? "none"} cx={16} cy={6} r={4} color={item.color} />
    </svg>
  );
}

/** One point marker; shapes let series be told apart in black and white. */
export function MarkerSvg(props: { shape: MarkerShape; cx: number; cy: number; r: number; color: string }) {
  const { cx, cy, r, color } = props;
  switch (props.shape) {
    case "circle":
      return <circle cx={cx} cy={cy} r={r * 0.85} fill={color} stroke="white" strokeWidth={1} />;
    case "square":
      return <rect x={cx - r * 0.75} y={cy - r * 0.75} width={r * 1.5} height={r * 1.5} fill={color} />;
    case "triangle-up":
      return <polygon points={`${cx},${cy - r} ${cx + r},${cy + r * 0.8} ${cx - r},${cy + r * 0.8}`} fill={color} />;
    case "triangle-down":
      return <polygon points={`${cx},${cy + r} ${cx + r},${cy - r * 0.8} ${cx - r},${cy - r * 0.8}`} fill={color} />;
    case "diamond":
      return <polygon points={`${cx},${cy - r} ${cx + r},${cy} ${cx},${cy + r} ${cx - r},${cy}`} fill={color} />;
    default:
      return null;
  }
}

/** Memoised: hidden on screen, and unchanged when the caller keeps the same table object. */
const ChartDataTable = memo(function ChartDataTable({ table, caption }: { table: ChartTable; caption: string }) {
  return (
    <div className="max-h-96 overflow-auto rounded-md border border-slate-200 print:max-h-none print:overflow-visible">
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="sticky top-0 bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-1.5 text-left font-medium">
              {table.rowHeader}
            </th>
            {table.columns.map((column) => (
              <th key={column} scope="col" className="px-3 py-1.5 text-right font-medium">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.label} className="border-t border-slate-100">
              <th scope="row" className="px-3 py-1 text-left font-normal text-slate-700">
                {row.label}
              </th>
              {row.cells.map((cell, i) => (
                <td key={i} className="tabular px-3 py-1 text-right">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});
