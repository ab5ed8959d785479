import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/db/queries/audit";
import { isMailEnabled, publicUrl, sendMail } from "@/lib/mail/send-mail";
import { ADMIN_KEYS, type AdminActor, adminRefusal, isActiveAdmin, NOT_ADMIN } from "../admin/actor";
import { lockPerson } from "../admin/person-lookup";
import { auditActor, type CommandResult, inTransaction, parseInput, refuse } from "../command";
import { createToken, LINK_TTL_MS } from "./tokens";

const input = z.object({ userId: z.uuid("person") });

/** An administrator sends a person a password reset link (mailed with SMTP_URL, else shown to copy). */
export async function sendPasswordReset(
  db: Db,
  actor: AdminActor,
  raw: unknown,
): Promise<CommandResult<{ link: string; mailed: boolean }>> {
  if (!isActiveAdmin(actor)) return NOT_ADMIN();
  const parsed = parseInput(input, raw, ADMIN_KEYS);
  if (!parsed.ok) return parsed;
  const mailed = isMailEnabled();
  const result = await inTransaction(db, undefined, async (tx) => {
    const person = await lockPerson(tx, actor.organisationId, parsed.value.userId);
    if (!person) refuse(adminRefusal("not-found", "userId", "person"));
    const { token } = await createToken(tx, {
      kind: "password-reset",
      organisationId: actor.organisationId,
      userId: person.id,
      email: person.email,
      createdBy: actor.id,
      expiresAt: new Date(Date.now() + LINK_TTL_MS),
    });
    await appendAuditEvent(tx, auditActor(actor), {
      type: "password-reset.requested",
      data: { userId: person.id, mailed },
    });
    return { token, email: person.email };
  });
  if (!result.ok) return result;
  const link = `${publicUrl()}/reset/${result.value.token}`;
  const sent = mailed
    ? await sendMail({
        to: result.value.email,
        subject: "Nytt lösenord för Planeringstavlan / New password for Planeringstavlan",
        text: `Välj ett nytt lösenord här (länken gäller i 7 dagar och kan användas en gång):\n${link}\n\nChoose a new password here (valid for 7 days, single use):\n${link}\n`,
      }).catch(() => false)
    : false;
  return { ok: true, value: { link, mailed: sent } };
}
