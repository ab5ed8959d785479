"use server";

import { cookies } from "next/headers";
import { getSessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { LOCALE_COOKIE, toLocale } from "@/lib/i18n/config";
import { setLocale } from "@/lib/server/profile/set-locale";

/** Switches the UI language (cookie, and the signed-in user's preference). */
export async function setLocaleAction(formData: FormData): Promise<void> {
  const locale = toLocale(String(formData.get("locale") ?? ""));
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", maxAge: 365 * 24 * 3600 });
  const user = await getSessionUser();
  // `toLocale` already narrowed the value, so the command cannot refuse it.
  if (user) await setLocale(await getDb(), user, { locale });
}
