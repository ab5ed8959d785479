"use server";

import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { updateUserProfile } from "@/lib/db/queries/users";
import { changeOwnPassword } from "@/lib/server/admin/change-own-password";

export type ProfileState = { errors: Record<string, string>; saved?: boolean };

const profileInput = z.object({
  name: z.string().trim().min(2, "name").max(120, "name"),
  title: z.string().trim().max(120, "title"),
});

/** Saves the signed-in user's name and title. */
export async function saveProfileAction(_prev: ProfileState, formData: FormData): Promise<ProfileState> {
  const user = await requireUser();
  const parsed = profileInput.safeParse({ name: formData.get("name") ?? "", title: formData.get("title") ?? "" });
  if (!parsed.success) {
    return { errors: Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])) };
  }
  await updateUserProfile(await getDb(), user.id, { name: parsed.data.name, title: parsed.data.title || null });
  return { errors: {}, saved: true };
}

const PASSWORD_CODES: Record<string, string> = { passwordTooShort: "newPassword", passwordTooLong: "newPassword" };

/**
 * Changes the signed-in user's password after checking the current one (minimum length and the
 * common-password list apply); clears a pending "must change" from a temporary password.
 */
export async function changePasswordAction(_prev: ProfileState, formData: FormData): Promise<ProfileState> {
  const user = await requireUser({ allowPasswordChange: true });
  const result = await changeOwnPassword(await getDb(), user, {
    current: String(formData.get("current") ?? ""),
    next: String(formData.get("next") ?? ""),
  });
  if (!result.ok) {
    const issue = result.issues[0];
    return { errors: { [issue?.field ?? "next"]: PASSWORD_CODES[issue?.code ?? ""] ?? issue?.code ?? "newPassword" } };
  }
  return { errors: {}, saved: true };
}
