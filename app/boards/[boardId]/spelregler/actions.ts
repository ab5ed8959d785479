"use server";

import { revalidatePath } from "next/cache";
import { presentFormError } from "@/app/actions/present";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { type FormState, formValues } from "@/lib/forms/form-state";
import { applyPatientShare } from "@/lib/server/rules/apply-patient-share";
import { openRuleSet } from "@/lib/server/rules/open-rule-set";
import { currentVersionDeps } from "@/lib/server/versions/deps";

/** Starts the board's rule set (or finds the one it has) and shows it. */
export async function openRuleSetAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const values = formValues(formData, ["boardId"]);
  const result = await openRuleSet(await getDb(), user, values);
  if (!result.ok) return presentFormError(result.error, values);
  revalidatePath(`/boards/${values.boardId}/spelregler`);
  return { errors: {}, saved: true };
}

/** Applies the rules' time to a resource's share of time for patient activities (owners). */
export async function applyShareAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const values = formValues(formData, ["boardId", "resourceId"]);
  const result = await applyPatientShare(await getDb(), user, values, currentVersionDeps());
  if (!result.ok) return presentFormError(result.error, values);
  return { errors: {}, saved: true };
}
