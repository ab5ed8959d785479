/**
 * How a grid cell's stored number is shown, typed and copied: plain numbers, or shares stored as
 * 0..1 and shown as percent. Keeps the grid free of unit arithmetic and makes it testable.
 */
import { decimalMark, formatNumber } from "@/lib/format";
import { parseSwedishNumber } from "@/lib/parse-number";

export interface CellFormat {
  /** "percent": stored 0..1, shown and typed as 0..100. Default "number". */
  kind?: "number" | "percent";
  /** Decimals shown (default 0 for percent; for numbers as few as needed, at most 2 below 10, else 1). */
  decimals?: number;
}

/** Allowed stored values, inclusive; the message names them in display units. */
export interface CellRangeRule {
  min?: number;
  max?: number;
}

const scale = (format: CellFormat) => (format.kind === "percent" ? 100 : 1);
function decimalsOf(format: CellFormat, shown: number): number {
  if (format.decimals !== undefined) return format.decimals;
  if (format.kind === "percent") return 0;
  // As few decimals as the value needs, at most 2 below 10 and 1 above: 2,5 not 2,50; 0,25; 12,3.
  const most = Math.abs(shown) < 10 ? 2 : 1;
  const target = Math.round(shown * 10 ** most);
  for (let d = 0; d < most; d++) if (Math.round(shown * 10 ** d) * 10 ** (most - d) === target) return d;
  return most;
}

/** The cell's text as shown: Swedish grouping, "%" for shares, "" for no value. */
export function formatCell(value: number | null, format: CellFormat): string {
  if (value === null) return "";
  const shown = value * scale(format);
  const text = formatNumber(shown, decimalsOf(format, shown));
  return format.kind === "percent" ? `${text} %` : text;
}

/** The cell's text for editing and copying: no grouping, the UI language's decimal mark, no unit, trailing zeros dropped. */
export function editText(value: number | null, format: CellFormat): string {
  if (value === null) return "";
  const shown = Math.round(value * scale(format) * 1e6) / 1e6;
  return String(shown).replace(".", decimalMark()).replace("-", "\u2212");
}

export type ParsedCell =
  | { ok: true; value: number | null }
  | { ok: false; error: "invalid"; text: string }
  | { ok: false; error: "range"; min?: number; max?: number };

/** Parses typed or pasted text into a stored value (empty = clear), checking the range. */
export function parseCell(text: string, format: CellFormat, range?: CellRangeRule): ParsedCell {
  const trimmed = format.kind === "percent" ? text.trim().replace(/\s*%$/, "") : text.trim();
  const parsed = parseSwedishNumber(trimmed);
  if (!parsed.ok) return parsed.error === "empty" ? { ok: true, value: null } : { ok: false, error: "invalid", text };
  // Round off binary noise of the division (33,3 % → 0.333, not 0.33299999999999996).
  const value = Math.round((parsed.value / scale(format)) * 1e9) / 1e9;
  if (range && ((range.min !== undefined && value < range.min) || (range.max !== undefined && value > range.max)))
    return {
      ok: false,
      error: "range",
      min: range.min === undefined ? undefined : range.min * scale(format),
      max: range.max === undefined ? undefined : range.max * scale(format),
    };
  return { ok: true, value };
}
