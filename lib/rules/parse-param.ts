/**
 * Parses what a person types into a rule's parameter field. A value that does not parse ("12
 * veckor" in a number field, weekday 8) is refused with a message key and its values, translated
 * in place by the form; nothing is written.
 */
import { parseSwedishNumber } from "@/lib/parse-number";
import { PARAM_FIELDS, type RuleParamKey, type RuleParams, SESSIONS, type Session } from "./rule-schema";

export type ParseParamResult =
  | { ok: true; value: RuleParams[RuleParamKey] | undefined }
  | { ok: false; code: string; values: Record<string, string | number> };

const refuse = (code: string, values: Record<string, string | number> = {}): ParseParamResult => ({
  ok: false,
  code,
  values,
});

/** Swedish weekday names and short forms (1 = måndag … 7 = söndag). */
const DAY_NAMES: Record<string, number> = {
  mån: 1,
  måndag: 1,
  tis: 2,
  tisdag: 2,
  ons: 3,
  onsdag: 3,
  tor: 4,
  tors: 4,
  torsdag: 4,
  fre: 5,
  fredag: 5,
  lör: 6,
  lördag: 6,
  sön: 7,
  söndag: 7,
};

function parseDay(token: string): number | string {
  const named = DAY_NAMES[token.toLocaleLowerCase("sv")];
  if (named) return named;
  if (/^\d+$/.test(token)) return Number(token);
  return token;
}

/**
 * Parses a list of weekdays: "1, 2", "1–2", "mån–tis", "måndag, tisdag". Numbers run 1 (måndag)
 * to 7 (söndag); anything else is refused naming the token.
 */
export function parseWeekdays(text: string): ParseParamResult {
  const days = new Set<number>();
  for (const part of text.split(/[,;\s]+/).filter(Boolean)) {
    const ends = part.split(/[-–]/);
    if (ends.length > 2 || ends.some((e) => e === "")) return refuse("rulesErrors.weekday", { text: part });
    const [from, to] = ends.map(parseDay);
    const last = to ?? from;
    for (const d of [from, last]) {
      if (typeof d === "string") return refuse("rulesErrors.weekday", { text: d });
      if (d < 1 || d > 7) return refuse("rulesErrors.weekdayRange", { day: d });
    }
    if ((last as number) < (from as number)) return refuse("rulesErrors.weekday", { text: part });
    for (let d = from as number; d <= (last as number); d++) days.add(d);
  }
  return { ok: true, value: days.size > 0 ? [...days].sort((a, b) => a - b) : undefined };
}

function parseSessions(text: string): ParseParamResult {
  const names: Record<string, Session> = { fm: "am", em: "pm", förmiddag: "am", eftermiddag: "pm" };
  const out = new Set<Session>();
  for (const token of text.split(/[,;\s]+/).filter(Boolean)) {
    const session = names[token.toLocaleLowerCase("sv")];
    if (!session) return refuse("rulesErrors.session", { text: token });
    out.add(session);
  }
  return { ok: true, value: out.size > 0 ? SESSIONS.filter((s) => out.has(s)) : undefined };
}

function parseNumberParam(key: RuleParamKey, text: string): ParseParamResult {
  const field = PARAM_FIELDS[key];
  const parsed = parseSwedishNumber(text);
  if (!parsed.ok) return refuse(field.kind === "integer" ? "rulesErrors.integer" : "rulesErrors.number", { text });
  if (field.kind === "integer" && !Number.isInteger(parsed.value)) return refuse("rulesErrors.integer", { text });
  const { min = 0, max = Number.POSITIVE_INFINITY } = field;
  if (parsed.value < min || parsed.value > max) return refuse("rulesErrors.range", { min, max });
  return { ok: true, value: parsed.value };
}

/**
 * Parses the text of parameter `key`: numbers in Swedish format within the parameter's bounds,
 * weekday lists, fm/em, ISO dates. An empty field clears the parameter (value undefined).
 */
export function parseRuleParam(key: RuleParamKey, text: string): ParseParamResult {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: true, value: undefined };
  switch (PARAM_FIELDS[key].kind) {
    case "weekdays":
      return parseWeekdays(trimmed);
    case "sessions":
      return parseSessions(trimmed);
    case "date":
      if (!/^\d{4}-\d{2}-\d{2}$/.test(trimmed) || Number.isNaN(Date.parse(`${trimmed}T00:00:00Z`)))
        return refuse("rulesErrors.date", { text: trimmed });
      if (new Date(`${trimmed}T00:00:00Z`).toISOString().slice(0, 10) !== trimmed)
        return refuse("rulesErrors.date", { text: trimmed });
      return { ok: true, value: trimmed };
    case "boolean":
    case "resources":
      return refuse("rulesErrors.number", { text: trimmed });
    default:
      return parseNumberParam(key, trimmed);
  }
}
