"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { type FormState, formFields, toFormState } from "@/lib/server/admin/form-state";
import { acceptInvitation } from "@/lib/server/invitations/accept-invitation";
import { resetPassword } from "@/lib/server/invitations/reset-password";
import { completeSetup } from "@/lib/server/setup/complete-setup";

/** The setup page: creates the organisation and the first administrator, then asks them to sign in. */
export async function completeSetupAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const fields = formFields(formData, ["token", "organisationName", "name", "email", "password"]);
  const result = await completeSetup(await getDb(), fields, { via: "link", token: fields.token });
  if (result.ok) redirect("/login?welcome=setup");
  return toFormState(result, () => ({}));
}

/** An invitation link: the invited person picks their name and password. */
export async function acceptInvitationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await acceptInvitation(await getDb(), formFields(formData, ["token", "name", "password"]));
  if (result.ok) redirect("/login?welcome=invited");
  return toFormState(result, () => ({}));
}

/** A reset link: a new password. */
export async function resetPasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await resetPassword(await getDb(), formFields(formData, ["token", "password"]));
  if (result.ok) redirect("/login?welcome=reset");
  return toFormState(result, () => ({}));
}
