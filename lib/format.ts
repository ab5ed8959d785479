// Numbers are shown in Swedish format in every UI language ("1 234,5"), as planners read them.
const formatters = new Map<number, Intl.NumberFormat>();

/** Formats a number the Swedish way with a fixed number of decimals (default 0). */
export function formatNumber(value: number | null | undefined, decimals = 0): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "–";
  let formatter = formatters.get(decimals);
  if (!formatter) {
    formatter = new Intl.NumberFormat("sv-SE", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    formatters.set(decimals, formatter);
  }
  // Intl uses U+2212 for minus in sv-SE; keep it (it reads better) but normalise -0.
  return formatter.format(Object.is(value, -0) ? 0 : value);
}

/** Formats a ratio (0.93) as a percentage ("93 %"). */
export function formatPercent(value: number | null | undefined, decimals = 0): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "–";
  return `${formatNumber(value * 100, decimals)} %`;
}

/** Formats a date as Swedish "2027-01-04 14:05" in Stockholm time. */
export function formatDateTime(date: Date | string): string {
  const d = typeof date === "string" ? new Date(date) : date;
  return new Intl.DateTimeFormat("sv-SE", {
    timeZone: "Europe/Stockholm",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).format(d);
}
