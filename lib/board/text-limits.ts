/**
 * Maximum lengths of the free-text fields of a board document, shared by the UI (`maxLength` on
 * inputs) and the collaboration server's update check, which refuses an update carrying a longer
 * value (a 10 000-character measure title once broke the layout). Imports nothing.
 */

/** Names and titles: board, unit, resource, planning object, measure, and their short labels. */
export const MAX_NAME_LENGTH = 200;
/** Free notes: a measure's description, lever and owner. */
export const MAX_NOTE_LENGTH = 2000;
/** One inserted run of rich text (a paste); the editors' documents grow by many such runs. */
export const MAX_RICH_TEXT_INSERT = 20_000;
/** Any other string value in the board's maps (ids, week keys, enum values). */
export const MAX_OTHER_STRING_LENGTH = 500;

const NAME_FIELDS = new Set([
  "name",
  "unit",
  "title",
  "service",
  "providerCategory",
  "contactType",
  "priority",
  "lever",
  "owner",
]);
const NOTE_FIELDS = new Set(["description", "note", "notes", "comment"]);

/**
 * The field name a map key stands for: the key itself, or the last element of a flat map's JSON
 * array key (`["<measureId>","description"]`, see doc-layout.ts).
 */
function fieldOf(key: string): string {
  if (!key.startsWith("[")) return key;
  try {
    const parts = JSON.parse(key) as unknown;
    const last = Array.isArray(parts) ? parts[parts.length - 1] : null;
    return typeof last === "string" ? last : key;
  } catch {
    return key;
  }
}

/** The longest string a board map may hold under `key` (null key: an array element). */
export function maxTextLength(key: string | null): number {
  if (key === null) return MAX_OTHER_STRING_LENGTH;
  const field = fieldOf(key);
  if (NAME_FIELDS.has(field)) return MAX_NAME_LENGTH;
  if (NOTE_FIELDS.has(field)) return MAX_NOTE_LENGTH;
  return MAX_OTHER_STRING_LENGTH;
}
