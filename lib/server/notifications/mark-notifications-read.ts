import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { markNotificationsReadFor } from "@/lib/db/queries/notifications";
import { type Actor, type CommandResult, parseInput } from "../command";

export const markNotificationsReadInput = z.object({
  ids: z.union(
    [z.literal("all"), z.array(z.uuid("comments.errors.notifications")).min(1, "comments.errors.notifications")],
    "comments.errors.notifications",
  ),
});

/**
 * Marks the actor's own notifications read (the given ids, or all). Others' notifications are
 * never touched: ids of someone else's simply do not match. Not audited (personal state).
 */
export async function markNotificationsRead(
  db: Db,
  actor: Actor,
  input: unknown,
): Promise<CommandResult<{ marked: number }>> {
  const parsed = parseInput(markNotificationsReadInput, input);
  if (!parsed.ok) return parsed;
  return { ok: true, value: { marked: await markNotificationsReadFor(db, actor.id, parsed.value.ids) } };
}
