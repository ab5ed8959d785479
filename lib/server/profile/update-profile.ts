import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/db/queries/audit";
import { lockUser, updateUserProfile } from "@/lib/db/queries/users";
import {
  type Actor,
  auditActor,
  type CommandOptions,
  type CommandResult,
  inTransaction,
  parseInput,
  refuse,
} from "../command";

export const updateProfileInput = z.object({
  name: z.string("profile.errors.name").trim().min(2, "profile.errors.name").max(120, "profile.errors.name"),
  title: z.string("profile.errors.title").trim().max(120, "profile.errors.title"),
});
export type UpdateProfileInput = z.input<typeof updateProfileInput>;

/** Saves the actor's own name and title (an empty title clears it). Records `profile.updated`. */
export async function updateProfile(
  db: Db,
  actor: Actor,
  input: unknown,
  options?: CommandOptions,
): Promise<CommandResult<{ changed: boolean }>> {
  const parsed = parseInput(updateProfileInput, input);
  if (!parsed.ok) return parsed;
  const next = { name: parsed.value.name, title: parsed.value.title || null };
  return inTransaction(db, options, async (tx) => {
    const user = await lockUser(tx, actor.id);
    if (!user) refuse({ kind: "not-found" });
    const changes: { name?: string; title?: string | null } = {};
    if (user.name !== next.name) changes.name = next.name;
    if (user.title !== next.title) changes.title = next.title;
    if (Object.keys(changes).length === 0) return { changed: false };
    await updateUserProfile(tx, user.id, changes);
    await appendAuditEvent(tx, auditActor(actor), { type: "profile.updated", data: { userId: user.id, changes } });
    return { changed: true };
  });
}
