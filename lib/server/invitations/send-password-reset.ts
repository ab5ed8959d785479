import { z } from "zod";
import { recordAdminEvent } from "@/lib/audit/admin-events";
import type { Db } from "@/lib/db/client";
import { isMailEnabled, publicUrl, sendMail } from "@/lib/mail/send-mail";
import { type Actor, auditActor, isActiveAdmin } from "../admin/actor";
import { lockPerson } from "../admin/person-lookup";
import { type CommandResult, parseInput, refuse, succeed } from "../admin/result";
import { createToken, LINK_TTL_MS } from "./tokens";

const input = z.object({ userId: z.uuid("person") });

/** An administrator sends a person a password reset link (mailed with SMTP_URL, else shown to copy). */
export async function sendPasswordReset(
  db: Db,
  actor: Actor,
  raw: unknown,
): Promise<CommandResult<{ link: string; mailed: boolean }>> {
  if (!isActiveAdmin(actor)) return refuse("forbidden", "form", "forbidden");
  const parsed = parseInput(input, raw);
  if (!parsed.ok) return parsed.result;
  const mailed = isMailEnabled();
  const result = await db.transaction(async (tx) => {
    const person = await lockPerson(tx, actor.organisationId, parsed.data.userId);
    if (!person) return refuse<{ token: string; email: string }>("not-found", "userId", "person");
    const { token } = await createToken(tx, {
      kind: "password-reset",
      organisationId: actor.organisationId,
      userId: person.id,
      email: person.email,
      createdBy: actor.id,
      expiresAt: new Date(Date.now() + LINK_TTL_MS),
    });
    await recordAdminEvent(tx, auditActor(actor), { type: "password-reset.requested", userId: person.id, mailed });
    return succeed({ token, email: person.email });
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
  return succeed({ link, mailed: sent });
}
