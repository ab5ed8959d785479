"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { notifyMembershipChanged } from "@/lib/board/membership-events";
import { getDb } from "@/lib/db/client";
import { type FormState, formFields, toFormState } from "@/lib/server/admin/form-state";
import { archiveBoard } from "@/lib/server/boards/archive-board";
import { createNextPeriod } from "@/lib/server/boards/create-next-period";
import { deleteBoard } from "@/lib/server/boards/delete-board";
import { createInvitation } from "@/lib/server/invitations/create-invitation";

/** "Ny period från denna tavla": opens the new board. */
export async function createNextPeriodAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const result = await createNextPeriod(await getDb(), user, formFields(formData, ["boardId"]));
  if (result.ok) redirect(`/boards/${result.value.id}`);
  return toFormState(result, () => ({}));
}

/** Archives the board or opens it again; open sockets turn read-only (or writable) at once. */
export async function archiveBoardAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const input = { boardId: String(formData.get("boardId") ?? ""), archived: formData.get("archived") === "1" };
  const result = await archiveBoard(await getDb(), user, input);
  if (result.ok) {
    notifyMembershipChanged(result.value.id);
    revalidatePath(`/boards/${result.value.id}`, "layout");
  }
  const t = await getTranslations("admin.notices");
  return toFormState(result, (board) => ({ notice: t(board.archivedAt ? "boardArchived" : "boardUnarchived") }));
}

/** Deletes the board after its name was typed; everyone on it is disconnected. */
export async function deleteBoardAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const result = await deleteBoard(await getDb(), user, formFields(formData, ["boardId", "confirmName"]));
  if (result.ok) {
    notifyMembershipChanged(result.value.boardId);
    redirect("/");
  }
  return toFormState(result, () => ({}));
}

/** A board owner invites a new person to this board by e-mail. */
export async function inviteToBoardAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const result = await createInvitation(await getDb(), user, formFields(formData, ["email", "boardId", "role"]));
  const t = await getTranslations("admin.notices");
  return toFormState(result, (sent) =>
    sent.mailed ? { notice: t("invitationMailed") } : { notice: t("invitationCreated"), link: sent.link },
  );
}
