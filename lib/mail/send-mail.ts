/**
 * Outgoing e-mail through nodemailer when SMTP_URL is set (e.g. smtp://user:pass@mail.region.se:587).
 * Without it nothing is sent and callers show the link to copy instead.
 */
import nodemailer, { type Transporter } from "nodemailer";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

let cached: { url: string; transport: Transporter } | undefined;

/** True when e-mail can be sent (SMTP_URL is set). */
export function isMailEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.SMTP_URL);
}

/** Sends one message; resolves false when mail is not configured. Throws when the SMTP server refuses. */
export async function sendMail(message: MailMessage, env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  const url = env.SMTP_URL;
  if (!url) return false;
  if (cached?.url !== url) cached = { url, transport: nodemailer.createTransport(url) };
  await cached.transport.sendMail({
    from: env.SMTP_FROM || "Planeringstavlan <no-reply@planeringstavlan.local>",
    to: message.to,
    subject: message.subject,
    text: message.text,
  });
  return true;
}

/** The address people reach the app on (NEXTAUTH_URL, set by the server at start-up). */
export function publicUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (env.NEXTAUTH_URL || "http://localhost:3000").replace(/\/$/, "");
}
