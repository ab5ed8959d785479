/** A document's status: utkast → för granskning → fastställd (→ arkiverad). */
export type DocumentStatus = "draft" | "review" | "active" | "archived";

/**
 * Whether a document with this status is decided (fastställd or archived): its room refuses
 * everyone's updates until an owner or editor opens a new revision (back to draft).
 */
export function isDecidedStatus(status: string | null | undefined): boolean {
  return status === "active" || status === "archived";
}
