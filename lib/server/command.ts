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
import sv from "@/messages/sv/core.json";

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
 * was rejected. `not-found` and `forbidden` keep the pages' 404/403 semantics.
 */
export type CommandError =
  | (FieldError & { kind: "invalid"; details?: string[]; others?: FieldError[] })
  | { kind: "not-found" }
  | { kind: "forbidden" };

export type FieldError = { field: string; code: string; message: string };

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

/**
 * Parses raw input with a schema whose error messages are message keys (`z.string("key")`,
 * `.min(2, "key")`); the first issue of each field becomes a field error.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): CommandResult<z.output<S>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const byField = new Map<string, FieldError>();
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? "form");
    if (!byField.has(field)) byField.set(field, { field, code: issue.message, message: swedishMessage(issue.message) });
  }
  const [first, ...others] = byField.values();
  return { ok: false, error: { kind: "invalid", ...first!, ...(others.length > 0 ? { others } : {}) } };
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
