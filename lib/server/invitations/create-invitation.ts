import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { BOARD_ROLES } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/db/queries/audit";
import { boardMembers, boards } from "@/lib/db/schema";
import { isMailEnabled, publicUrl, sendMail } from "@/lib/mail/send-mail";
import { ADMIN_KEYS, type AdminActor, adminRefusal, adminRefused, isActiveAdmin } from "../admin/actor";
import { isEmailTaken, personEmail, personLevel } from "../admin/person-input";
import { auditActor, type CommandOptions, type CommandResult, inTransaction, parseInput, refuse } from "../command";
import { createToken, LINK_TTL_MS } from "./tokens";

const input = z.object({
  email: personEmail,
  level: personLevel.default("operativ"),
  boardId: z.uuid("board").nullable().default(null),
  role: z.enum(BOARD_ROLES, "role").default("editor"),
});

export interface InvitationSent {
  invitationId: string;
  /** The link to copy when no e-mail was sent. */
  link: string;
  mailed: boolean;
}

async function mayInvite(tx: Pick<Db, "select">, actor: AdminActor, boardId: string | null): Promise<boolean> {
  if (isActiveAdmin(actor) && !boardId) return true;
  if (!boardId) return false;
  const [row] = await tx
    .select({ role: boardMembers.role, organisationId: boards.organisationId })
    .from(boards)
    .leftJoin(boardMembers, and(eq(boardMembers.boardId, boards.id), eq(boardMembers.userId, actor.id)))
    .where(eq(boards.id, boardId))
    .limit(1);
  if (!row || row.organisationId !== actor.organisationId) return false;
  return isActiveAdmin(actor) || row.role === "owner";
}

/**
 * Invites a new person by e-mail (administrators, or a board's owner to that board). The link is
 * single use and expires after a week; with SMTP_URL it is mailed, otherwise shown to copy.
 */
export async function createInvitation(
  db: Db,
  actor: AdminActor,
  raw: unknown,
  options?: CommandOptions,
): Promise<CommandResult<InvitationSent>> {
  if (actor.deactivatedAt) return adminRefused("forbidden", "form", "forbidden");
  const parsed = parseInput(input, raw, ADMIN_KEYS);
  if (!parsed.ok) return parsed;
  const { email, level, boardId, role } = parsed.value;
  const mailed = isMailEnabled();
  const result = await inTransaction(db, options, async (tx) => {
    if (!(await mayInvite(tx, actor, boardId))) refuse(adminRefusal("forbidden", "form", "forbidden"));
    if (await isEmailTaken(tx, email)) refuse(adminRefusal("invalid", "email", "emailTaken"));
    const { token, row } = await createToken(tx, {
      kind: "invitation",
      organisationId: actor.organisationId,
      email,
      level,
      boardId,
      role: boardId ? role : null,
      createdBy: actor.id,
      expiresAt: new Date(Date.now() + LINK_TTL_MS),
    });
    await appendAuditEvent(tx, auditActor(actor), {
      type: "invitation.created",
      data: { invitationId: row.id, email, boardId, mailed },
    });
    return { token, id: row.id };
  });
  if (!result.ok) return result;
  const link = `${publicUrl()}/invite/${result.value.token}`;
  let sent = false;
  if (mailed) {
    sent = await sendMail({
      to: email,
      subject: "Inbjudan till Planeringstavlan / Invitation to Planeringstavlan",
      text: `Du är inbjuden till Planeringstavlan. Välj ditt lösenord här (länken gäller i 7 dagar och kan användas en gång):\n${link}\n\nYou are invited to Planeringstavlan. Choose your password here (valid for 7 days, single use):\n${link}\n`,
    }).catch((error: Error) => {
      console.error(`Invitation e-mail to ${email} failed: ${error.message}`);
      return false;
    });
  }
  return { ok: true, value: { invitationId: result.value.id, link, mailed: sent } };
}
