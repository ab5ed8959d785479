import { z } from "zod";
import { generateBiToken } from "@/lib/bi/token";
import type { Db } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/db/queries/audit";
import { findBiToken, insertBiToken, revokeBiTokenRow } from "@/lib/db/queries/bi-tokens";
import {
  type Actor,
  auditActor,
  authorizeBoard,
  type CommandOptions,
  type CommandResult,
  inTransaction,
  invalid,
  parseInput,
  refuse,
} from "../command";

const boardIdField = z.uuid("comments.errors.tokenMissing");
export const createBiTokenInput = z.object({
  boardId: boardIdField,
  name: z
    .string("comments.errors.tokenName")
    .trim()
    .min(1, "comments.errors.tokenName")
    .max(80, "comments.errors.tokenName"),
});
export const revokeBiTokenInput = z.object({ boardId: boardIdField, tokenId: z.uuid("comments.errors.tokenMissing") });

/**
 * Creates a read-only BI token for the board (owners only). The secret is returned once and never
 * stored — only its SHA-256 hash and a visible prefix. Records `bi-token.created`.
 */
export async function createBiToken(
  db: Db,
  actor: Actor,
  input: unknown,
  options?: CommandOptions,
): Promise<CommandResult<{ tokenId: string; token: string; prefix: string }>> {
  const parsed = parseInput(createBiTokenInput, input);
  if (!parsed.ok) return parsed;
  const { boardId, name } = parsed.value;
  return inTransaction(db, options, async (tx) => {
    await authorizeBoard(tx, actor, boardId, "owner");
    const { token, hash, prefix } = generateBiToken();
    const row = await insertBiToken(tx, { boardId, name, prefix, hash, createdBy: actor.id });
    await appendAuditEvent(tx, auditActor(actor), {
      type: "bi-token.created",
      data: { boardId, tokenId: row.id, name, prefix },
    });
    return { tokenId: row.id, token, prefix };
  });
}

/** Revokes a token of the board (owners only); it gets 401 from then on. Records `bi-token.revoked`. */
export async function revokeBiToken(
  db: Db,
  actor: Actor,
  input: unknown,
  options?: CommandOptions,
): Promise<CommandResult<{ revoked: boolean }>> {
  const parsed = parseInput(revokeBiTokenInput, input);
  if (!parsed.ok) return parsed;
  const { boardId, tokenId } = parsed.value;
  return inTransaction(db, options, async (tx) => {
    await authorizeBoard(tx, actor, boardId, "owner");
    const row = await findBiToken(tx, boardId, tokenId);
    if (!row) refuse(invalid("tokenId", "comments.errors.tokenMissing"));
    if (row.revokedAt) return { revoked: false };
    await revokeBiTokenRow(tx, tokenId);
    await appendAuditEvent(tx, auditActor(actor), { type: "bi-token.revoked", data: { boardId, tokenId } });
    return { revoked: true };
  });
}
