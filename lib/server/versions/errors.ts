import sv from "@/messages/sv/versions.json";
import type { CommandError } from "../command";

/** The Swedish text of a key in messages/sv/versions.json (`versions.errors.name`, `signoff.errors.level`). */
export function swedishVersionMessage(code: string, values: Record<string, string | number> = {}): string {
  let node: unknown = sv;
  for (const part of code.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== "string") return code;
  return node.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** A refusal naming the field and a versions/sign-off message key, with its Swedish text. */
export function refusal(field: string, code: string, values?: Record<string, string | number>): CommandError {
  return { kind: "invalid", field, code, message: swedishVersionMessage(code, values) };
}
