import { auditEvent } from "./events";

/**
 * Audit events in words for people (Historik's audit trail and the CSV's label column): a label
 * per event type and the details as short "key: value" parts, with people's names instead of ids
 * and numbers in the UI language. Texts come from the `auditEvents` messages.
 */
export interface AuditTranslate {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
}

export interface AuditDetail {
  label: string;
  value: string;
}

/** Every event type of the typed union (literals and enums of each member's `type`). */
export function listAuditEventTypes(): string[] {
  return auditEvent.options.flatMap((option) => {
    const type = option.shape.type as { options?: readonly string[]; values?: ReadonlySet<string> };
    return type.options ? [...type.options] : [...(type.values ?? [])];
  });
}

/** The event type in words; an unknown (legacy) type is shown as its code. */
export function describeAuditType(type: string, t: AuditTranslate): string {
  const key = `types.${type}`;
  return t.has(key) ? t(key) : type;
}

/** Ids of objects the trail cannot name (the trail is already about the board), left out. */
const HIDDEN = new Set([
  "boardId",
  "docId",
  "versionId",
  "roundId",
  "threadId",
  "commentId",
  "tokenId",
  "invitationId",
  "unitId",
  "decisionId",
  "beforeVersionId",
  "resultVersionId",
  "goalId",
  "flagId",
  "measureId",
  "planningObjectId",
  "resourceId",
  "itemId",
  "unitBoardId",
  "fromBoardId",
]);
/** Fields holding a person's id (or a list of them). */
const PEOPLE = new Set(["userId", "memberId", "ownerId", "mentions", "userIds"]);

function peopleOf(data: unknown): string[] {
  if (!data || typeof data !== "object") return [];
  return Object.entries(data).flatMap(([key, value]) => {
    if (!PEOPLE.has(key)) return [];
    return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === "string");
  });
}

/** Ids of the actors and of the people the events' details name, to look their names up. */
export function listAuditPersonIds(events: readonly { userId: string | null; event: { data: unknown } }[]): string[] {
  return [...new Set(events.flatMap((e) => [...(e.userId ? [e.userId] : []), ...peopleOf(e.event.data)]))];
}

interface Context {
  t: AuditTranslate;
  names: ReadonlyMap<string, string>;
  number: Intl.NumberFormat;
}

function word(value: string, ctx: Context): string {
  return ctx.t.has(`values.${value}`) ? ctx.t(`values.${value}`) : value;
}

function showValue(key: string, value: unknown, ctx: Context): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "boolean") return ctx.t(value ? "values.yes" : "values.no");
  if (typeof value === "number") {
    const n = ctx.number.format(value);
    if (key === "bytes") return ctx.t("units.bytes", { value: n });
    if (key === "gapHours") return ctx.t("units.hours", { value: n });
    return n;
  }
  if (typeof value === "string") {
    if (PEOPLE.has(key)) return ctx.names.get(value) ?? null;
    if (key === "signedHash") return `${value.slice(0, 12)}…`;
    return word(value, ctx);
  }
  if (Array.isArray(value)) {
    if (PEOPLE.has(key)) return value.map((v) => ctx.names.get(String(v)) ?? "?").join(", ") || null;
    if (value.every((v) => typeof v === "string" && /^[0-9a-f-]{36}$/.test(v))) {
      return ctx.t("units.count", { value: ctx.number.format(value.length) });
    }
    return value.map((v) => showValue(key, v, ctx)).join(", ") || null;
  }
  if (typeof value === "object") {
    if (key === "ranks") return ctx.t("units.count", { value: ctx.number.format(Object.keys(value).length) });
    const parts = Object.entries(value).flatMap(([k, v]) => {
      const shown = HIDDEN.has(k) ? null : showValue(k, v, ctx);
      return shown === null ? [] : [k === "kind" ? shown : `${label(k, ctx)}: ${shown}`];
    });
    return parts.join(", ") || null;
  }
  return String(value);
}

function label(key: string, ctx: Context): string {
  return ctx.t.has(`keys.${key}`) ? ctx.t(`keys.${key}`) : key;
}

/**
 * The details of an event as short readable parts, never raw JSON: ids left out or replaced by
 * names, a `from`/`to` pair joined into one "Ändring: a → b", numbers in the locale's format.
 */
export function describeAuditDetails(
  data: unknown,
  t: AuditTranslate,
  names: ReadonlyMap<string, string>,
  locale: string,
): AuditDetail[] {
  if (!data || typeof data !== "object") return [];
  const ctx: Context = { t, names, number: new Intl.NumberFormat(locale === "en" ? "en-GB" : "sv-SE") };
  const record = data as Record<string, unknown>;
  const details: AuditDetail[] = [];
  for (const [key, value] of Object.entries(record)) {
    if (HIDDEN.has(key) || key === "to") continue;
    if (key === "from" && "to" in record) {
      const from = showValue(key, value, ctx) ?? "–";
      const to = showValue("to", record.to, ctx) ?? "–";
      details.push({ label: label("change", ctx), value: `${from} → ${to}` });
      continue;
    }
    const shown = showValue(key, value, ctx);
    if (shown !== null && shown !== "") details.push({ label: label(key, ctx), value: shown });
  }
  if ("to" in record && !("from" in record)) {
    const shown = showValue("to", record.to, ctx);
    if (shown !== null) details.push({ label: label("to", ctx), value: shown });
  }
  return details;
}

/** The details as one line: "Medlem: Anna Berg · Roll: redigerare". */
export function formatAuditDetails(details: readonly AuditDetail[]): string {
  return details.map((d) => `${d.label}: ${d.value}`).join(" · ");
}
