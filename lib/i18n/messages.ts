import type { Locale } from "./config";

/**
 * UI texts are split by area so that sections can be worked on separately; each file holds
 * top-level namespaces, merged here. Add a file to both languages and its name to this list.
 */
export const MESSAGE_FILES = [
  "core",
  "demand",
  "capacity",
  "balance",
  "plan",
  "followup",
  "ui",
  "admin",
  "board-ui",
  "versions",
  "comments",
  "documents",
  "strategic",
  "rules",
  "pdf",
  "meeting",
  "audit-events",
] as const;

/** All UI texts of a language. */
export async function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  const parts = await Promise.all(
    MESSAGE_FILES.map(
      async (file) => (await import(`../../messages/${locale}/${file}.json`)).default as Record<string, unknown>,
    ),
  );
  return Object.assign({}, ...parts);
}
