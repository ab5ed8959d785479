"use server";

import { revalidatePath } from "next/cache";
import { presentFormError } from "@/app/actions/present";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { type FormState, formValues } from "@/lib/forms/form-state";
import { changePassword } from "@/lib/server/profile/change-password";
import { updateProfile } from "@/lib/server/profile/update-profile";

/** Saves the signed-in user's name and title. */
export async function saveProfileAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const values = formValues(formData, ["name", "title"]);
  const result = await updateProfile(await getDb(), user, values);
  if (!result.ok) return presentFormError(result.error, values);
  revalidatePath("/", "layout");
  return { errors: {}, saved: true };
}

/** Changes the signed-in user's password after checking the current one. */
export async function changePasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser({ allowPasswordChange: true });
  const result = await changePassword(await getDb(), user, formValues(formData, ["current", "next"]));
  if (!result.ok) return presentFormError(result.error);
  return { errors: {}, saved: true };
}
