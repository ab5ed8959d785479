import { formatNumber } from "@/lib/format";

/**
 * One glyph per meaning, used in every table, chart and legend of the board, so a sign never means
 * two things: ▼ shortage, ▲ surplus, ↑ above goal, ✓ goal reached, ↘ worse, ↗ better, = unchanged.
 * Colour always comes with the glyph (and a screen-reader word), never alone.
 */
export type Meaning = "shortage" | "surplus" | "aboveGoal" | "atGoal" | "worse" | "better" | "same";

export const MEANING_GLYPH: Record<Meaning, string> = {
  shortage: "▼",
  surplus: "▲",
  aboveGoal: "↑",
  atGoal: "✓",
  worse: "↘",
  better: "↗",
  same: "=",
};

export const MEANING_CLASS: Record<Meaning, string> = {
  shortage: "text-deficit",
  surplus: "text-surplus",
  aboveGoal: "text-deficit",
  atGoal: "text-surplus",
  worse: "text-deficit",
  better: "text-surplus",
  same: "text-slate-700",
};

/**
 * Low-production weeks look the same everywhere (grids, tables, the week picker): amber with
 * stripes, so they read without colour too. The legend's "low" swatch is this class.
 */
export const LOW_WEEK_BG = "bg-[repeating-linear-gradient(135deg,#fffbeb_0_6px,#fde68a_6px_8px)]";

/** Below this magnitude a difference counts as zero (no "▲ 0 bättre"). */
const ZERO = 0.5e-9;

/** The meaning of a signed difference where positive is good (a gap, a deviation from plan). */
export function meaningOfDifference(value: number, kind: "gap" | "change", decimals = 0): Meaning {
  const shown = Math.round(value * 10 ** decimals) / 10 ** decimals;
  if (Math.abs(shown) < ZERO) return "same";
  if (kind === "gap") return shown < 0 ? "shortage" : "surplus";
  return shown < 0 ? "worse" : "better";
}

/** A signed number with the glyph of its meaning, its colour and the meaning's word for screen readers. */
export function SignedValue(props: {
  value: number;
  kind: "gap" | "change";
  /** Words for screen readers, by meaning (e.g. { shortage: "underskott", … }). */
  words: Partial<Record<Meaning, string>>;
  decimals?: number;
  testId?: string;
  className?: string;
  /** Show the glyph (default); narrow period cells show sign, colour and shading only. */
  glyph?: boolean;
}) {
  const decimals = props.decimals ?? 0;
  const meaning = meaningOfDifference(props.value, props.kind, decimals);
  const shown = meaning === "same" ? 0 : props.value;
  return (
    <span
      className={`tabular whitespace-nowrap font-medium ${MEANING_CLASS[meaning]} ${props.className ?? ""}`}
      data-testid={props.testId}
      data-meaning={meaning}
    >
      {props.glyph !== false && <span aria-hidden>{MEANING_GLYPH[meaning]} </span>}
      {shown > 0 ? "+" : ""}
      {formatNumber(shown, decimals)}
      {props.words[meaning] && <span className="sr-only"> {props.words[meaning]}</span>}
    </span>
  );
}

/** A legend line: glyph (or swatch) and word for each meaning shown nearby. Written once, reused everywhere. */
export function Legend(props: {
  items: readonly { meaning?: Meaning; swatch?: string; pattern?: "low" | "shade"; label: string }[];
  className?: string;
}) {
  return (
    <ul className={`flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-slate-700 ${props.className ?? ""}`}>
      {props.items.map((item) => (
        <li key={item.label} className="inline-flex items-center gap-1.5">
          {item.meaning && (
            <span aria-hidden className={`font-semibold ${MEANING_CLASS[item.meaning]}`}>
              {MEANING_GLYPH[item.meaning]}
            </span>
          )}
          {item.pattern === "low" && (
            <span aria-hidden className={`inline-block h-3.5 w-5 rounded-sm border border-amber-600 ${LOW_WEEK_BG}`} />
          )}
          {item.pattern === "shade" && (
            <span aria-hidden className="inline-block h-3.5 w-5 rounded-sm border border-deficit bg-deficit-soft" />
          )}
          {item.swatch && (
            <span aria-hidden className="inline-block h-1 w-5 rounded" style={{ backgroundColor: item.swatch }} />
          )}
          {item.label}
        </li>
      ))}
    </ul>
  );
}
