import type { StoredAuditEvent } from "@/lib/db/queries/audit";

function cell(value: string): string {
  // Quote always; double quotes inside; a leading = + - @ is neutralised so spreadsheets do not run it.
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}

/**
 * Audit events as CSV, one row each: time in ISO 8601 UTC, person, event type (the code), the
 * type in words (`label`, in the reader's language) and the details as JSON for machines.
 */
export function auditEventsToCsv(
  events: readonly StoredAuditEvent[],
  names: ReadonlyMap<string, string>,
  label: (type: string) => string,
): string {
  const header = ["tid", "person", "händelse", "beskrivning", "uppgifter"].map(cell).join(",");
  const rows = events.map((e) =>
    [
      e.createdAt.toISOString(),
      e.userId ? (names.get(e.userId) ?? e.userId) : "",
      e.event.type,
      label(e.event.type),
      JSON.stringify(e.event.data),
    ]
      .map(cell)
      .join(","),
  );
  return `${[header, ...rows].join("\r\n")}\r\n`;
}
