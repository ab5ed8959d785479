/**
 * What a command returns: the value, or why it was refused with every problem named by field
 * (and by row for imports). `code` is a message key under `admin.errors` (Swedish and English).
 */
import type { z } from "zod";

export interface FieldIssue {
  field: string;
  code: string;
  /** 1-based data row of an import file. */
  row?: number;
}

export type Refusal = "forbidden" | "invalid" | "not-found" | "conflict";

export type CommandResult<T> = { ok: true; value: T } | { ok: false; reason: Refusal; issues: FieldIssue[] };

/** A successful result. */
export function succeed<T>(value: T): CommandResult<T> {
  return { ok: true, value };
}

/** A refusal with one problem. */
export function refuse<T = never>(reason: Refusal, field: string, code: string, row?: number): CommandResult<T> {
  return { ok: false, reason, issues: [row === undefined ? { field, code } : { field, code, row }] };
}

/** Turns a zod error into issues: the field is the first path segment, the code the issue message. */
export function zodIssues(error: z.ZodError, row?: number): FieldIssue[] {
  return error.issues.map((issue) => {
    const field = String(issue.path[0] ?? "form");
    const code = /^[a-zA-Z]+$/.test(issue.message) ? issue.message : field;
    return row === undefined ? { field, code } : { field, code, row };
  });
}

/** Parses input with a schema; a refusal names each bad field. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
): { ok: true; data: z.infer<S> } | { ok: false; result: CommandResult<never> } {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data };
  return { ok: false, result: { ok: false, reason: "invalid", issues: zodIssues(parsed.error) } };
}

/** Thrown inside a transaction to roll it back with a refusal. */
export class CommandRefusal extends Error {
  constructor(readonly result: CommandResult<never>) {
    super(result.ok ? "refused" : (result.issues[0]?.code ?? "refused"));
    this.name = "CommandRefusal";
  }
}

/** Runs a transactional body; a thrown CommandRefusal becomes its result (and rolls back). */
export async function runRefusable<T>(body: () => Promise<CommandResult<T>>): Promise<CommandResult<T>> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof CommandRefusal) return error.result;
    throw error;
  }
}
