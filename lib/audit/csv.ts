import type { StoredAuditEvent } from "@/lib/db/queries/audit";

function cell(value: string): string {
  // Quote always; double quotes inside; a leading = + - @ is neutralised so spreadsheets do not run it.
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}

/** Audit events as CSV (time in ISO 8601 UTC, person, event type, details as JSON), one row each. */
export function auditEventsToCsv(events: readonly StoredAuditEvent[], names: ReadonlyMap<string, string>): string {
  const header = ["tid", "person", "händelse", "uppgifter"].map(cell).join(",");
  const rows = events.map((e) =>
    [
      e.createdAt.toISOString(),
      e.userId ? (names.get(e.userId) ?? e.userId) : "",
      e.event.type,
      JSON.stringify(e.event.data),
    ]
      .map(cell)
      .join(","),
  );
  return `${[header, ...rows].join("\r\n")}\r\n`;
}
