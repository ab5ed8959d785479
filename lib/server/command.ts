/**
 * The frame every domain command under lib/server/<domain>/<verb-noun>.ts shares: who acts, what a
 * command returns, input parsing into a field error, and one transaction for the write and its
 * audit event. Commands never redirect or render; server actions and route handlers present their
 * results (parse → call → present).
 */
import type { z } from "zod";
import { type BoardRole, hasRole } from "@/lib/auth/roles";
import type { Db, Tx } from "@/lib/db/client";
import { type BoardAccess, findBoardForUser } from "@/lib/db/queries/boards";
import type { User } from "@/lib/db/schema";
import svAdmin from "@/messages/sv/admin.json";
import svCore from "@/messages/sv/core.json";

const sv = { ...svCore, ...svAdmin };

/** The signed-in person a command acts for (the session's user row). */
export type Actor = Pick<User, "id" | "organisationId">;

/** The audit row's actor columns for a command's actor. */
export function auditActor(actor: Actor): { userId: string; organisationId: string } {
  return { userId: actor.id, organisationId: actor.organisationId };
}

/**
 * Why a command refused. `invalid` names the form field, a message key (translated by the
 * presenter for the reader's language) and the Swedish text; `others` lists further fields that
 * are wrong too (a form shows them all at once); `details` carries every line when a whole document
 * was rejected. `not-found` and `forbidden` keep the pages' 404/403 semantics; a form that shows
 * them in place (administration) reads the optional field and message key they may carry.
 */
export type CommandError =
  | (FieldError & { kind: "invalid"; details?: string[]; others?: FieldError[] })
  | ({ kind: "not-found" } & Partial<FieldError>)
  | ({ kind: "forbidden" } & Partial<FieldError>);

/** A field, the message key of what is wrong with it, its Swedish text, and the 1-based row of an import file. */
export type FieldError = { field: string; code: string; message: string; row?: number };

export type CommandResult<T> = { ok: true; value: T } | { ok: false; error: CommandError };

export interface CommandOptions {
  /** Runs inside the transaction after every write, before commit. Tests inject failures here. */
  beforeCommit?: (tx: Tx) => Promise<void> | void;
}

/** The Swedish text of a message key such as `members.errors.lastOwner` (the key itself if unknown). */
export function swedishMessage(code: string): string {
  let node: unknown = sv;
  for (const part of code.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === "string" ? node : code;
}

/** A refusal naming the field and the message key of what is wrong with it. */
export function invalid(field: string, code: string, details?: string[]): CommandError {
  return { kind: "invalid", field, code, message: swedishMessage(code), ...(details ? { details } : {}) };
}

/** A field error with the Swedish text of its message key (and, for an import file, the row). */
export function fieldError(field: string, code: string, row?: number): FieldError {
  return { field, code, message: swedishMessage(code), ...(row === undefined ? {} : { row }) };
}

/** A refusal of any kind naming the field, the message key and (for an import file) the row. */
export function refusal(kind: CommandError["kind"], field: string, code: string, row?: number): CommandError {
  return { kind, ...fieldError(field, code, row) };
}

/** A refused result, for refusals before any transaction has started (inside one, use `refuse`). */
export function refused(
  kind: CommandError["kind"],
  field: string,
  code: string,
  row?: number,
): { ok: false; error: CommandError } {
  return { ok: false, error: refusal(kind, field, code, row) };
}

/** One `invalid` refusal listing every field error (the first leads, the rest are `others`). */
export function invalidAll(errors: readonly FieldError[]): CommandError {
  const [first, ...others] = errors;
  if (!first) return invalid("form", "form");
  return { kind: "invalid", ...first, ...(others.length > 0 ? { others } : {}) };
}

/** The field errors of a refusal: all of an `invalid` one, or the one a not-found/forbidden carries. */
export function refusalFields(error: CommandError): FieldError[] {
  if (error.kind === "invalid") return [error, ...(error.others ?? [])];
  if (error.field && error.code) return [{ field: error.field, code: error.code, message: error.message ?? "" }];
  const code = error.kind === "forbidden" ? "admin.errors.forbidden" : "errors.notFound";
  return [{ field: "form", code, message: swedishMessage(code) }];
}

/**
 * How zod issue messages become message keys. By default a message is the key itself
 * (`z.string("members.errors.role")`); with `keys` (e.g. "admin.errors") a message is a short code
 * under that namespace, and a message that is no code (zod's own text) falls back to the field.
 */
export interface ParseOptions {
  keys?: string;
  /** The 1-based row of an import file the input came from. */
  row?: number;
}

/** The first issue of each field of a zod error as field errors. */
export function zodFieldErrors(error: z.ZodError, options: ParseOptions = {}): FieldError[] {
  const byField = new Map<string, FieldError>();
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    if (byField.has(field)) continue;
    const short = /^[a-zA-Z]+$/.test(issue.message) ? issue.message : field;
    const code = options.keys ? `${options.keys}.${short}` : issue.message;
    const row = options.row === undefined ? {} : { row: options.row };
    byField.set(field, { field, code, message: swedishMessage(code), ...row });
  }
  return [...byField.values()];
}

/**
 * Parses raw input with a schema whose error messages are message keys (`z.string("key")`,
 * `.min(2, "key")`), or short codes under `options.keys`; the first issue of each field becomes a
 * field error.
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  options?: ParseOptions,
): CommandResult<z.output<S>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, error: invalidAll(zodFieldErrors(parsed.error, options)) };
}

class Refusal extends Error {
  constructor(readonly error: CommandError) {
    super(error.kind);
  }
}

/** Aborts the running transaction (nothing is written) and makes the command return `error`. */
export function refuse(error: CommandError): never {
  throw new Refusal(error);
}

/**
 * Runs `write` in one transaction: the change and its audit event commit together or not at all.
 * A `refuse(...)` inside rolls back and becomes the command's error; any other throw rolls back
 * and propagates.
 */
export async function inTransaction<T>(
  db: Db,
  options: CommandOptions | undefined,
  write: (tx: Tx) => Promise<T>,
): Promise<CommandResult<T>> {
  try {
    const value = await db.transaction(async (tx) => {
      const result = await write(tx);
      await options?.beforeCommit?.(tx);
      return result;
    });
    return { ok: true, value };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, error: error.error };
    throw error;
  }
}

/**
 * The board and the actor's role on it, or a refusal: `not-found` for non-members (the board's
 * existence is not revealed), `forbidden` below `needed`.
 */
export async function authorizeBoard(tx: Tx, actor: Actor, boardId: string, needed: BoardRole): Promise<BoardAccess> {
  const access = await findBoardForUser(tx, boardId, actor.id);
  if (!access) refuse({ kind: "not-found" });
  if (!hasRole(access.role, needed)) refuse({ kind: "forbidden" });
  return access;
}
