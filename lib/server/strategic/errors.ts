import sv from "@/messages/sv/strategic.json";
import type { CommandError } from "../command";

/** The Swedish text of a key in messages/sv/strategic.json (`strategic.errors.cycle`), values filled in. */
export function swedishStrategicMessage(code: string, values: Record<string, string | number> = {}): string {
  let node: unknown = sv;
  for (const part of code.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== "string") return code;
  return node.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** A refusal naming the field and a `strategic.errors.*` key, with its Swedish text. */
export function strategicRefusal(field: string, key: string, values?: Record<string, string | number>): CommandError {
  const code = `strategic.errors.${key}`;
  return { kind: "invalid", field, code, message: swedishStrategicMessage(code, values) };
}
