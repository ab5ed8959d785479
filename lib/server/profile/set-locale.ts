import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/db/queries/audit";
import { lockUser, updateUserProfile } from "@/lib/db/queries/users";
import { LOCALES } from "@/lib/i18n/config";
import {
  type Actor,
  auditActor,
  type CommandOptions,
  type CommandResult,
  inTransaction,
  parseInput,
  refuse,
} from "../command";

export const setLocaleInput = z.object({ locale: z.enum(LOCALES, "language.errors.locale") });
export type SetLocaleInput = z.input<typeof setLocaleInput>;

/** Stores the actor's UI language preference. Records `profile.updated` when it changes. */
export async function setLocale(
  db: Db,
  actor: Actor,
  input: unknown,
  options?: CommandOptions,
): Promise<CommandResult<{ changed: boolean }>> {
  const parsed = parseInput(setLocaleInput, input);
  if (!parsed.ok) return parsed;
  const { locale } = parsed.value;
  return inTransaction(db, options, async (tx) => {
    const user = await lockUser(tx, actor.id);
    if (!user) refuse({ kind: "not-found" });
    if (user.locale === locale) return { changed: false };
    await updateUserProfile(tx, user.id, { locale });
    await appendAuditEvent(tx, auditActor(actor), {
      type: "profile.updated",
      data: { userId: user.id, changes: { locale } },
    });
    return { changed: true };
  });
}
