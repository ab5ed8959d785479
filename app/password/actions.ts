"use server";

import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { changeOwnPassword } from "@/lib/server/admin/change-own-password";
import { type FormState, formFields, toFormState } from "@/lib/server/admin/form-state";

/** The forced change after a temporary password. */
export async function changeTemporaryPasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser({ allowPasswordChange: true });
  const result = await changeOwnPassword(await getDb(), user, formFields(formData, ["current", "next"]));
  if (result.ok) redirect("/");
  return toFormState(result, () => ({}));
}
