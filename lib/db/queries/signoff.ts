/**
 * Sign-off rows: required levels per board, rounds (a version frozen for signing; at most one open
 * and one signed per document, by partial unique indexes), signatures and shortage decisions.
 */
import { and, asc, eq } from "drizzle-orm";
import { BOARD_DOC_ID } from "@/lib/board/protocol";
import type { Queryable } from "../client";
import {
  type BoardSignature,
  type BoardSignoffRound,
  boardShortageDecisions,
  boardSignatures,
  boardSignoffRounds,
  boardSignoffRules,
  boardVersions,
  users,
} from "../schema";

/** A production plan needs one taktisk and one strategisk signature unless the board says otherwise. */
export const DEFAULT_REQUIRED_LEVELS = ["taktisk", "strategisk"] as const;

export type SignLevel = BoardSignature["level"];

/** The levels that must sign the board's (or a document's) versions. */
export async function findRequiredLevels(db: Queryable, boardId: string, docId = BOARD_DOC_ID): Promise<SignLevel[]> {
  const [row] = await db
    .select({ levels: boardSignoffRules.requiredLevels })
    .from(boardSignoffRules)
    .where(and(eq(boardSignoffRules.boardId, boardId), eq(boardSignoffRules.docId, docId)));
  return (row?.levels as SignLevel[] | undefined) ?? [...DEFAULT_REQUIRED_LEVELS];
}

/** The document's round in `status` ('open' or 'signed': at most one each), locked when `forUpdate`. */
export async function findRound(
  db: Queryable,
  boardId: string,
  docId: string,
  status: "open" | "signed",
  forUpdate = false,
): Promise<BoardSignoffRound | null> {
  const query = db
    .select()
    .from(boardSignoffRounds)
    .where(
      and(
        eq(boardSignoffRounds.boardId, boardId),
        eq(boardSignoffRounds.docId, docId),
        eq(boardSignoffRounds.status, status),
      ),
    )
    .limit(1);
  const [row] = forUpdate ? await query.for("update") : await query;
  return row ?? null;
}

/** A signature with the signer's name. */
export type SignatureWithName = BoardSignature & { name: string };

/** A round's signatures (withdrawn ones too), oldest first. */
export async function listSignatures(db: Queryable, roundId: string): Promise<SignatureWithName[]> {
  const rows = await db
    .select({ signature: boardSignatures, name: users.name })
    .from(boardSignatures)
    .innerJoin(users, eq(users.id, boardSignatures.userId))
    .where(eq(boardSignatures.roundId, roundId))
    .orderBy(asc(boardSignatures.signedAt));
  return rows.map((r) => ({ ...r.signature, name: r.name }));
}

/** The shortage decision recorded for a version, if any. */
export async function findShortageDecision(db: Queryable, versionId: string) {
  const [row] = await db
    .select()
    .from(boardShortageDecisions)
    .where(eq(boardShortageDecisions.versionId, versionId))
    .limit(1);
  return row ?? null;
}

/** A round with its version's name and its signatures. */
export interface RoundView {
  round: BoardSignoffRound;
  versionName: string | null;
  signatures: SignatureWithName[];
}

async function viewOf(db: Queryable, round: BoardSignoffRound | null): Promise<RoundView | null> {
  if (!round) return null;
  const [version] = await db
    .select({ name: boardVersions.name })
    .from(boardVersions)
    .where(eq(boardVersions.id, round.versionId));
  return { round, versionName: version?.name ?? null, signatures: await listSignatures(db, round.id) };
}

/** The document's sign-off state: required levels, the version being signed and the current signed one. */
export async function loadSignoffStatus(db: Queryable, boardId: string, docId = BOARD_DOC_ID) {
  const [required, open, signed] = await Promise.all([
    findRequiredLevels(db, boardId, docId),
    findRound(db, boardId, docId, "open"),
    findRound(db, boardId, docId, "signed"),
  ]);
  return { required, open: await viewOf(db, open), signed: await viewOf(db, signed) };
}
