/**
 * Parsing of numbers as people type them in Swedish (and paste them from Excel): a decimal comma,
 * spaces (also non-breaking and narrow non-breaking, as Excel and Intl write them) between
 * thousands, and the typographic minus U+2212 that Swedish formatting uses.
 */

export type ParseNumberResult = { ok: true; value: number } | { ok: false; error: "empty" | "invalid" };

// Regular, no-break, narrow no-break and thin spaces, all used as thousands separators.
const GROUP_SPACES = /[ \u00a0\u202f\u2009]/g;
const MINUS = /^[-\u2212\u2013]/;

/**
 * Parses "1 234,5", "1234,5", "1 234", "−5", "0,25", "1234.5" (a lone decimal point, as pasted
 * from English Excel), "1.234,5" (dots grouping thousands before a decimal comma) and "12," (a
 * trailing decimal mark) — what the spreadsheet import accepts. Thousands must group by three.
 * Returns an error code, never NaN.
 */
export function parseSwedishNumber(text: string): ParseNumberResult {
  let s = text.trim();
  if (s === "") return { ok: false, error: "empty" };
  let sign = 1;
  if (MINUS.test(s)) {
    sign = -1;
    s = s.slice(1).trimStart();
  } else if (s.startsWith("+")) s = s.slice(1).trimStart();
  const match = /^(\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+|\d{1,3}(?:\.\d{3})+(?=,)|\d*)(?:[,.](\d*))?$/.exec(s);
  if (!match || (match[1] === "" && !match[2])) return { ok: false, error: "invalid" };
  const integer = match[1].replace(GROUP_SPACES, "").replace(/\./g, "") || "0";
  const value = sign * Number(`${integer}.${match[2] || "0"}`);
  if (!Number.isFinite(value)) return { ok: false, error: "invalid" };
  return { ok: true, value: Object.is(value, -0) ? 0 : value };
}
