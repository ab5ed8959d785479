"use server";

import { and, eq } from "drizzle-orm";
import { redirect } from "next/navigation";
import { z } from "zod";
import { BOARD_ROLES } from "@/lib/auth/roles";
import { requireBoardAccess } from "@/lib/auth/session";
import { notifyMembershipChanged } from "@/lib/board/membership-events";
import { getDb } from "@/lib/db/client";
import { recordAudit } from "@/lib/db/queries/audit";
import { LastOwnerError, removeBoardMember, setBoardMemberRole } from "@/lib/db/queries/boards";
import { users } from "@/lib/db/schema";

const memberInput = z.object({ boardId: z.uuid(), userId: z.uuid("person"), role: z.enum(BOARD_ROLES, "role") });
const removeInput = z.object({ boardId: z.uuid(), userId: z.uuid("person") });

function back(boardId: string, query: string): never {
  redirect(`/boards/${boardId}/members?${query}`);
}

/** Adds a person of the organisation to the board, or changes a member's role (owners only). */
export async function setMemberRoleAction(formData: FormData): Promise<void> {
  const boardId = String(formData.get("boardId") ?? "");
  const { user, board } = await requireBoardAccess(boardId, "owner");
  const parsed = memberInput.safeParse(Object.fromEntries(formData));
  if (!parsed.success) back(boardId, `error=${parsed.error.issues[0]?.message === "role" ? "role" : "person"}`);
  const db = await getDb();
  const [target] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, parsed.data.userId), eq(users.organisationId, board.organisationId)))
    .limit(1);
  if (!target) back(boardId, "error=person");
  try {
    await setBoardMemberRole(db, board.id, target.id, parsed.data.role);
  } catch (error) {
    if (error instanceof LastOwnerError) back(boardId, "error=lastOwner");
    throw error;
  }
  await recordAudit(db, {
    organisationId: board.organisationId,
    userId: user.id,
    action: "board.member.role",
    targetType: "board",
    targetId: board.id,
    details: { memberId: target.id, role: parsed.data.role },
  });
  notifyMembershipChanged(board.id);
  back(boardId, "saved=1");
}

/** Removes a member from the board (owners only; never the last owner). */
export async function removeMemberAction(formData: FormData): Promise<void> {
  const boardId = String(formData.get("boardId") ?? "");
  const { user, board } = await requireBoardAccess(boardId, "owner");
  const parsed = removeInput.safeParse(Object.fromEntries(formData));
  if (!parsed.success) back(boardId, "error=person");
  const db = await getDb();
  try {
    await removeBoardMember(db, board.id, parsed.data.userId);
  } catch (error) {
    if (error instanceof LastOwnerError) back(boardId, "error=lastOwner");
    throw error;
  }
  await recordAudit(db, {
    organisationId: board.organisationId,
    userId: user.id,
    action: "board.member.removed",
    targetType: "board",
    targetId: board.id,
    details: { memberId: parsed.data.userId },
  });
  notifyMembershipChanged(board.id);
  if (parsed.data.userId === user.id) redirect("/");
  back(boardId, "saved=1");
}
