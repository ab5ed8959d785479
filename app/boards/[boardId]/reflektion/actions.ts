"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { presentFormError } from "@/app/actions/present";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { type FormState, formValues } from "@/lib/forms/form-state";
import { createDocument } from "@/lib/server/documents/create-document";
import { promoteActionItem } from "@/lib/server/documents/promote-action-item";
import { promoteActionRule } from "@/lib/server/documents/promote-action-rule";
import { currentVersionDeps } from "@/lib/server/versions/deps";

/** Creates a reflection session for a schedule period from the seeds' questions and opens it. */
export async function createReflectionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const values = formValues(formData, ["boardId", "title", "fromWeek", "toWeek"]);
  const result = await createDocument(await getDb(), user, { ...values, template: "reflection" });
  if (!result.ok) return presentFormError(result.error, values);
  revalidatePath(`/boards/${result.value.boardId}`, "layout");
  redirect(`/boards/${result.value.boardId}/reflektion/${result.value.id}`);
}

/** Makes an action item a proposed measure in Balansering, linked both ways. */
export async function promoteActionItemAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const values = formValues(formData, ["boardId", "docId", "itemId"]);
  const result = await promoteActionItem(await getDb(), user, values, currentVersionDeps());
  if (!result.ok) return presentFormError(result.error, values);
  revalidatePath(`/boards/${values.boardId}`, "layout");
  return { errors: {}, saved: true };
}

/** Makes an action item a rule in the board's Spelregler (starting them if needed), linked both ways. */
export async function promoteActionRuleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const values = formValues(formData, ["boardId", "docId", "itemId", "category"]);
  const result = await promoteActionRule(await getDb(), user, values, currentVersionDeps());
  if (!result.ok) return presentFormError(result.error, values);
  revalidatePath(`/boards/${values.boardId}`, "layout");
  return { errors: {}, saved: true };
}
