/**
 * The verify page's answers: for an uploaded PDF, whether its seal holds and which round of this
 * board it is; for a pasted hash, which version (and signed rounds) of this board have it.
 */
import { and, desc, eq, or } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { boardSignoffRounds, boardVersions } from "@/lib/db/schema";
import { readPdfIdentifiers } from "./build-signed-pdf";
import { loadSealKey } from "./seal-key";
import { loadSigningRecord, type SigningRecord } from "./signing-record";
import { type SealCheck, verifySeal } from "./verify-seal";

export interface VersionMatch {
  id: string;
  name: string | null;
  createdAt: string;
  contentHash: string;
  docId: string;
}

export interface VerifyOutcome {
  /** The seal of an uploaded file (absent for a pasted hash); `ours` when this server sealed it. */
  seal: (SealCheck & { ours: boolean }) | null;
  /** The sign-off round the file or hash belongs to, on this board. */
  record: SigningRecord | null;
  /** The version with this content hash on this board, when there is no signed round. */
  version: VersionMatch | null;
}

/** What an uploaded PDF is: its seal and the round of this board it names. */
export async function verifyUploadedPdf(db: Db, boardId: string, bytes: Uint8Array): Promise<VerifyOutcome> {
  const check = verifySeal(bytes);
  const seal = { ...check, ours: check.fingerprint === loadSealKey().fingerprint };
  const ids = readPdfIdentifiers(bytes);
  const record = ids.roundId ? await loadSigningRecord(db, boardId, ids.roundId) : null;
  if (record && ids.contentHash === record.contentHash) return { seal, record, version: null };
  return { seal, record: null, version: null };
}

/** The round (preferably fastställd) or version of this board whose content or signed hash is `hash`. */
export async function verifyHash(db: Db, boardId: string, hash: string): Promise<VerifyOutcome> {
  const value = hash.trim().toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(value)) return { seal: null, record: null, version: null };
  const rounds = await db
    .select({ id: boardSignoffRounds.id, status: boardSignoffRounds.status })
    .from(boardSignoffRounds)
    .where(
      and(
        eq(boardSignoffRounds.boardId, boardId),
        or(eq(boardSignoffRounds.contentHash, value), eq(boardSignoffRounds.signedHash, value)),
      ),
    )
    .orderBy(desc(boardSignoffRounds.createdAt));
  const round = rounds.find((r) => r.status === "signed") ?? rounds[0];
  if (round) return { seal: null, record: await loadSigningRecord(db, boardId, round.id), version: null };
  const [version] = await db
    .select({
      id: boardVersions.id,
      name: boardVersions.name,
      createdAt: boardVersions.createdAt,
      contentHash: boardVersions.contentHash,
      docId: boardVersions.docId,
    })
    .from(boardVersions)
    .where(and(eq(boardVersions.boardId, boardId), eq(boardVersions.contentHash, value)))
    .orderBy(desc(boardVersions.createdAt))
    .limit(1);
  return {
    seal: null,
    record: null,
    version: version ? { ...version, createdAt: version.createdAt.toISOString() } : null,
  };
}
