"use server";

import { z } from "zod";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { recordAudit } from "@/lib/db/queries/audit";
import { updateUserProfile } from "@/lib/db/queries/users";

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

const passwordInput = z.object({
  current: z.string().max(1000),
  next: z.string().min(10, "newPassword").max(1000, "newPassword"),
});

/** Changes the signed-in user's password after checking the current one. */
export async function changePasswordAction(_prev: ProfileState, formData: FormData): Promise<ProfileState> {
  const user = await requireUser();
  if (!user.passwordHash) return { errors: { current: "noPassword" } };
  const parsed = passwordInput.safeParse({ current: formData.get("current") ?? "", next: formData.get("next") ?? "" });
  if (!parsed.success) return { errors: { next: "newPassword" } };
  if (!(await verifyPassword(parsed.data.current, user.passwordHash)))
    return { errors: { current: "currentPassword" } };
  const db = await getDb();
  await updateUserProfile(db, user.id, { passwordHash: await hashPassword(parsed.data.next) });
  await recordAudit(db, {
    organisationId: user.organisationId,
    userId: user.id,
    action: "user.password.changed",
    targetType: "user",
    targetId: user.id,
  });
  return { errors: {}, saved: true };
}
