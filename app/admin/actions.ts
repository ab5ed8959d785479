"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireOrgAdmin } from "@/lib/auth/session";
import { notifyMembershipChanged } from "@/lib/board/membership-events";
import { getDb } from "@/lib/db/client";
import { archiveUnit } from "@/lib/server/admin/archive-unit";
import { assignBoardOwner } from "@/lib/server/admin/assign-board-owner";
import { changeLevel } from "@/lib/server/admin/change-level";
import { createPerson } from "@/lib/server/admin/create-person";
import { createUnit } from "@/lib/server/admin/create-unit";
import { deactivatePerson } from "@/lib/server/admin/deactivate-person";
import { type FormState, formFields, toFormState } from "@/lib/server/admin/form-state";
import { reactivatePerson } from "@/lib/server/admin/reactivate-person";
import { renameUnit } from "@/lib/server/admin/rename-unit";
import { setAdminRole } from "@/lib/server/admin/set-admin-role";
import { setTemporaryPassword } from "@/lib/server/admin/set-temporary-password";
import { createInvitation } from "@/lib/server/invitations/create-invitation";
import { sendPasswordReset } from "@/lib/server/invitations/send-password-reset";
import { boardIdsOfPerson } from "./queries";

async function notice(key: string, values?: Record<string, string>) {
  const t = await getTranslations("admin.notices");
  return { notice: t(key, values) };
}

/** Creates a unit. */
export async function createUnitAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireOrgAdmin();
  const result = await createUnit(await getDb(), actor, formFields(formData, ["name"]));
  if (result.ok) revalidatePath("/admin/units");
  return toFormState(result, (unit) => notice("unitCreated", { name: unit.name }));
}

/** Renames a unit. */
export async function renameUnitAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireOrgAdmin();
  const result = await renameUnit(await getDb(), actor, formFields(formData, ["unitId", "name"]));
  if (result.ok) revalidatePath("/admin/units");
  return toFormState(result, (unit) => notice("unitRenamed", { name: unit.name }));
}

/** Archives a unit. */
export async function archiveUnitAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireOrgAdmin();
  const result = await archiveUnit(await getDb(), actor, formFields(formData, ["unitId"]));
  if (result.ok) revalidatePath("/admin/units");
  return toFormState(result, (unit) => notice("unitArchived", { name: unit.name }));
}

/** Creates a person with a temporary password, then opens their page. */
export async function createPersonAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireOrgAdmin();
  const fields = formFields(formData, ["name", "email", "title", "level", "temporaryPassword"]);
  const unitIds = formData.getAll("unitIds").map(String).filter(Boolean);
  const input = { ...fields, unitIds, isOrgAdmin: formData.get("isOrgAdmin") === "on" };
  const result = await createPerson(await getDb(), actor, input);
  if (result.ok) redirect(`/admin/people/${result.value.id}?created=1`);
  return toFormState(result, () => ({}));
}

/** Changes a person's level. */
export async function changeLevelAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireOrgAdmin();
  const result = await changeLevel(await getDb(), actor, formFields(formData, ["userId", "level"]));
  if (result.ok) revalidatePath(`/admin/people/${result.value.id}`);
  return toFormState(result, () => notice("levelChanged"));
}

/** Deactivates or reactivates a person; open board sockets are re-checked at once. */
export async function setActiveAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireOrgAdmin();
  const db = await getDb();
  const input = formFields(formData, ["userId"]);
  const active = formData.get("active") === "1";
  const result = active ? await reactivatePerson(db, actor, input) : await deactivatePerson(db, actor, input);
  if (result.ok) {
    for (const boardId of await boardIdsOfPerson(db, result.value.id)) notifyMembershipChanged(boardId);
    revalidatePath(`/admin/people/${result.value.id}`);
  }
  return toFormState(result, () => notice(active ? "reactivated" : "deactivated"));
}

/** Gives or takes the administrator role. */
export async function setAdminRoleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireOrgAdmin();
  const input = { userId: String(formData.get("userId") ?? ""), isOrgAdmin: formData.get("isOrgAdmin") === "1" };
  const result = await setAdminRole(await getDb(), actor, input);
  if (result.ok) revalidatePath(`/admin/people/${result.value.id}`);
  return toFormState(result, () => notice("adminChanged"));
}

/** Sets a temporary password. */
export async function setTemporaryPasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireOrgAdmin();
  const result = await setTemporaryPassword(
    await getDb(),
    actor,
    formFields(formData, ["userId", "temporaryPassword"]),
  );
  return toFormState(result, () => notice("temporaryPasswordSet"));
}

/** Sends (or shows) a password reset link. */
export async function sendPasswordResetAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireOrgAdmin();
  const result = await sendPasswordReset(await getDb(), actor, formFields(formData, ["userId"]));
  return toFormState(result, async (sent) => (sent.mailed ? notice("resetMailed") : { link: sent.link }));
}

/** Invites a new person to the organisation. */
export async function inviteAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireOrgAdmin();
  const result = await createInvitation(await getDb(), actor, formFields(formData, ["email", "level"]));
  return toFormState(result, async (sent) =>
    sent.mailed ? notice("invitationMailed") : { ...(await notice("invitationCreated")), link: sent.link },
  );
}

/** Makes a person an owner of a board. */
export async function assignOwnerAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireOrgAdmin();
  const result = await assignBoardOwner(await getDb(), actor, formFields(formData, ["boardId", "userId"]));
  if (result.ok) {
    notifyMembershipChanged(result.value.boardId);
    revalidatePath("/admin/boards");
  }
  return toFormState(result, () => notice("ownerAssigned"));
}
