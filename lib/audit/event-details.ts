import type { AdminEvent } from "./admin-events";
import type { AuditEvent } from "./events";

/** The details of an event of either union: `data` of a board/member event, the fields of an administration event. */
export function auditEventDetails(event: AuditEvent | AdminEvent): Record<string, unknown> {
  if ("data" in event) return event.data as Record<string, unknown>;
  const { type: _type, ...details } = event;
  return details;
}
