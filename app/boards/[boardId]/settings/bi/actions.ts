"use server";

import { revalidatePath } from "next/cache";
import { presentFormError } from "@/app/actions/present";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { type FormState, formValues } from "@/lib/forms/form-state";
import { createBiToken, revokeBiToken } from "@/lib/server/bi/bi-tokens";

/** The create form's state: on success the secret token, shown once. */
export type BiTokenFormState = FormState & { token?: string };

/** Creates a BI token (owners; the command authorizes) and returns it once. */
export async function createBiTokenAction(_prev: BiTokenFormState, formData: FormData): Promise<BiTokenFormState> {
  const user = await requireUser();
  const values = formValues(formData, ["boardId", "name"]);
  const result = await createBiToken(await getDb(), user, values);
  if (!result.ok) return presentFormError(result.error, values);
  revalidatePath(`/boards/${values.boardId}/settings/bi`);
  return { errors: {}, saved: true, token: result.value.token };
}

/** Revokes a BI token (owners). */
export async function revokeBiTokenAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const values = formValues(formData, ["boardId", "tokenId"]);
  const result = await revokeBiToken(await getDb(), user, values);
  if (!result.ok) return presentFormError(result.error, values);
  revalidatePath(`/boards/${values.boardId}/settings/bi`);
  return { errors: {}, saved: true };
}
