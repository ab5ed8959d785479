"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { presentFormError } from "@/app/actions/present";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { findMemberRole } from "@/lib/db/queries/boards";
import { type FormState, formValues } from "@/lib/forms/form-state";
import { addMember } from "@/lib/server/members/add-member";
import { removeMember } from "@/lib/server/members/remove-member";
import { setMemberRole } from "@/lib/server/members/set-member-role";

const commands = { add: addMember, role: setMemberRole, remove: removeMember } as const;

/**
 * The members page's forms: `intent` picks the command (add a person, change a role, remove a
 * member); the command authorizes (owners only), validates and records the change.
 */
export async function memberAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const values = formValues(formData, ["intent", "boardId", "userId", "role"]);
  const command = commands[values.intent as keyof typeof commands];
  if (!command) throw new Error(`Unknown members form intent "${values.intent}"`);
  const db = await getDb();
  const result = await command(db, user, values);
  if (!result.ok) return presentFormError(result.error, values);
  // Someone who removed or demoted themself can no longer see this page.
  if (values.userId === user.id) {
    const role = await findMemberRole(db, result.value.boardId, user.id);
    if (!role) redirect("/");
    if (!hasRole(role, "owner")) redirect(`/boards/${result.value.boardId}`);
  }
  revalidatePath(`/boards/${result.value.boardId}`, "layout");
  return { errors: {}, saved: true };
}
