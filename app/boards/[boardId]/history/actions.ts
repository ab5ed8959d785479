"use server";

import { revalidatePath } from "next/cache";
import { presentFormError } from "@/app/actions/present";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { type FormState, formValues } from "@/lib/forms/form-state";
import type { CommandResult } from "@/lib/server/command";
import { recordShortageDecision } from "@/lib/server/signoff/record-shortage-decision";
import { setRequiredLevels } from "@/lib/server/signoff/set-required-levels";
import { signVersion } from "@/lib/server/signoff/sign-version";
import { withdrawSignature } from "@/lib/server/signoff/withdraw-signature";
import { createNamedVersion } from "@/lib/server/versions/create-named-version";
import { currentVersionDeps } from "@/lib/server/versions/deps";
import { restoreVersion } from "@/lib/server/versions/restore-version";

async function present(
  result: CommandResult<unknown>,
  boardId: string,
  values: Record<string, string>,
): Promise<FormState> {
  if (!result.ok) return presentFormError(result.error, values);
  revalidatePath(`/boards/${boardId}`, "layout");
  return { errors: {}, saved: true };
}

/** "Spara version": a named version of the board's current state. */
export async function saveVersionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const values = formValues(formData, ["boardId", "docId", "name"]);
  const result = await createNamedVersion(await getDb(), user, values, currentVersionDeps());
  return present(result, values.boardId, values);
}

/** Restore of a version, or of one removed item (`itemKind` + `itemId`) from it. */
export async function restoreAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const values = formValues(formData, ["boardId", "versionId", "itemKind", "itemId"]);
  const item = values.itemKind ? { kind: values.itemKind, id: values.itemId } : null;
  const result = await restoreVersion(await getDb(), user, { ...values, item }, currentVersionDeps());
  return present(result, values.boardId, values);
}

/** A signature, with the password entered again. */
export async function signAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const values = formValues(formData, ["boardId", "versionId", "contentHash", "level", "password"]);
  const result = await signVersion(await getDb(), user, values);
  return present(result, values.boardId, { ...values, password: "" });
}

/** The decision to pass on a plan with a remaining capacity gap. */
export async function decisionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const values = formValues(formData, ["boardId", "versionId", "text"]);
  return present(await recordShortageDecision(await getDb(), user, values), values.boardId, values);
}

/** Withdrawal of one's own signature, with a reason. */
export async function withdrawAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const values = formValues(formData, ["boardId", "docId", "reason"]);
  return present(await withdrawSignature(await getDb(), user, values), values.boardId, values);
}

/** "Krävda signaturer": the levels that must sign (owners). */
export async function requiredLevelsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const values = formValues(formData, ["boardId", "docId"]);
  const levels = formData.getAll("levels").map(String);
  return present(await setRequiredLevels(await getDb(), user, { ...values, levels }), values.boardId, values);
}

/** The checkpoint taken right before an import is applied, so it can be undone. */
export async function checkpointBeforeImportAction(boardId: string, fileName: string): Promise<boolean> {
  const user = await requireUser();
  const result = await createNamedVersion(
    await getDb(),
    user,
    { boardId, kind: "before-import", name: fileName.slice(0, 120) },
    currentVersionDeps(),
  );
  return result.ok;
}
