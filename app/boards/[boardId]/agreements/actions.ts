"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { presentFormError } from "@/app/actions/present";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { type FormState, formValues } from "@/lib/forms/form-state";
import { createDocument } from "@/lib/server/documents/create-document";
import { decideDocument } from "@/lib/server/documents/decide-document";
import { reopenDocument } from "@/lib/server/documents/reopen-document";
import { saveSelfAssessment } from "@/lib/server/documents/save-self-assessment";
import { setDocumentStatus } from "@/lib/server/documents/set-document-status";
import { currentVersionDeps } from "@/lib/server/versions/deps";

const SECTION_OF_TEMPLATE: Record<string, string> = {
  "start-agreement": "agreements",
  "production-goals": "agreements",
  "care-catalogue": "agreements",
  "self-assessment": "self-assessment",
};

/** Creates a document from a template and opens it (agreements and self-assessment rounds). */
export async function createDocumentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const values = formValues(formData, ["boardId", "template", "title"]);
  const result = await createDocument(await getDb(), user, values);
  if (!result.ok) return presentFormError(result.error, values);
  revalidatePath(`/boards/${result.value.boardId}`, "layout");
  redirect(`/boards/${result.value.boardId}/${SECTION_OF_TEMPLATE[values.template]}/${result.value.id}`);
}

/** Moves a document to the status of the pressed button (utkast → för granskning → fastställd). */
export async function documentStatusAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const values = formValues(formData, ["boardId", "docId", "status"]);
  const db = await getDb();
  // Deciding freezes a production-goals agreement's figures into it first (decide-document.ts).
  const result =
    values.status === "active"
      ? await decideDocument(db, user, values, currentVersionDeps())
      : await setDocumentStatus(db, user, values);
  if (!result.ok) return presentFormError(result.error, values);
  revalidatePath(`/boards/${values.boardId}`, "layout");
  return { errors: {}, saved: true };
}

/** Saves a self-assessment round as it stands (answers checked by the server). */
export async function saveSelfAssessmentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const values = formValues(formData, ["boardId", "docId"]);
  const result = await saveSelfAssessment(await getDb(), user, values);
  if (!result.ok) return presentFormError(result.error, values);
  revalidatePath(`/boards/${values.boardId}`, "layout");
  return { errors: {}, saved: true };
}

/** "Ny revision": opens a fastställd document for editing again (audited; its room unlocks). */
export async function reopenDocumentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const values = formValues(formData, ["boardId", "docId"]);
  const result = await reopenDocument(await getDb(), user, values);
  if (!result.ok) return presentFormError(result.error, values);
  revalidatePath(`/boards/${values.boardId}`, "layout");
  return { errors: {}, saved: true };
}
