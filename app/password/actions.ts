"use server";

import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { type FormState, formFields, toFormState } from "@/lib/server/admin/form-state";
import { changePassword } from "@/lib/server/profile/change-password";

/** The forced change after a temporary password (the same command as the profile page's). */
export async function changeTemporaryPasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser({ allowPasswordChange: true });
  const result = await changePassword(await getDb(), user, formFields(formData, ["current", "next"]));
  if (result.ok) redirect("/");
  return toFormState(result, () => ({}));
}
