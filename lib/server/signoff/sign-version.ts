import { and, eq, inArray, ne } from "drizzle-orm";
import { z } from "zod";
import { verifyPassword } from "@/lib/auth/password";
import { BOARD_DOC_ID } from "@/lib/board/protocol";
import type { Db, Tx } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/db/queries/audit";
import { findRequiredLevels, findRound, findShortageDecision, listSignatures } from "@/lib/db/queries/signoff";
import { findUserById } from "@/lib/db/queries/users";
import { findLatestVersion, findVersion } from "@/lib/db/queries/versions";
import {
  type BoardSignoffRound,
  type BoardVersion,
  boardDocuments,
  boardSignatures,
  boardSignoffRounds,
  type User,
} from "@/lib/db/schema";
import { pushIfLive } from "@/lib/server/notifications/notify-users";
import { contentHash, type VersionContent } from "@/lib/versions/content";
import { hasLiveFigures } from "@/lib/versions/live-figures";
import { shortageHours, signedContent } from "@/lib/versions/shortage";
import {
  type Actor,
  auditActor,
  authorizeBoard,
  type CommandOptions,
  type CommandResult,
  inTransaction,
  parseInput,
  refuse,
} from "../command";
import { strategicRefusal } from "../strategic/errors";
import { hasGoalsChangedSince } from "../strategic/goals-since";
import { refusal } from "../versions/errors";

/** The four levels a person can hold and sign for. */
export const LEVELS = ["politisk", "strategisk", "taktisk", "operativ"] as const;

export const signVersionInput = z.object({
  boardId: z.string(),
  versionId: z.uuid("signoff.errors.versionChanged"),
  /** The hash of the version the signer was shown. */
  contentHash: z.string("signoff.errors.versionChanged").regex(/^[0-9a-f]{64}$/, "signoff.errors.versionChanged"),
  level: z.enum(LEVELS, "signoff.errors.levelNotRequired"),
  password: z.string("signoff.errors.password").min(1, "signoff.errors.password").max(1000, "signoff.errors.password"),
});
export type SignVersionInput = z.input<typeof signVersionInput>;

/** What a signature made: the round, and whether it completed it ("Fastställd"). */
export interface SignResult {
  round: BoardSignoffRound;
  isComplete: boolean;
}

const levelName = (level: string) =>
  ({ politisk: "politisk", strategisk: "strategisk", taktisk: "taktisk", operativ: "operativ" })[level] ?? level;

/** Refusals that need no lock: password, level, the version shown, an undecided shortage. */
async function checkSigner(tx: Tx, user: User, input: z.output<typeof signVersionInput>): Promise<BoardVersion> {
  if (user.level !== input.level) refuse(refusal("level", "signoff.errors.level", { level: levelName(input.level) }));
  const version = await findVersion(tx, input.versionId);
  if (!version || version.boardId !== input.boardId || version.contentHash !== input.contentHash)
    refuse(refusal("versionId", "signoff.errors.versionChanged"));
  // The plan is signed only against the current production goals from the strategic level.
  if (version.docId === "" && (await hasGoalsChangedSince(tx, input.boardId, version.createdAt)))
    refuse(strategicRefusal("versionId", "goalsChanged"));
  const required = await findRequiredLevels(tx, input.boardId, version.docId);
  if (!required.includes(input.level)) refuse(refusal("level", "signoff.errors.levelNotRequired"));
  return version;
}

/** The open round of the version's document (created for this version when there is none), locked. */
async function openRound(tx: Tx, version: BoardVersion): Promise<BoardSignoffRound> {
  let round = await findRound(tx, version.boardId, version.docId, "open", true);
  if (!round) {
    const current = await findRound(tx, version.boardId, version.docId, "signed");
    if (current?.versionId === version.id) refuse(refusal("versionId", "signoff.errors.alreadyComplete"));
    const latest = await findLatestVersion(tx, version.boardId, version.docId);
    if (latest?.id !== version.id) refuse(refusal("versionId", "signoff.errors.versionChanged"));
    if (hasLiveFigures(version.content as VersionContent)) refuse(refusal("versionId", "signoff.errors.liveFigures"));
    const board = (version.content as VersionContent).board;
    const gapHours = board ? shortageHours(board) : 0;
    const decision = gapHours > 0 ? await findShortageDecision(tx, version.id) : null;
    if (gapHours > 0 && (!decision || decision.gapHours !== gapHours))
      refuse(refusal("form", "signoff.errors.undecidedShortage", { hours: gapHours.toLocaleString("sv-SE") }));
    const signed = signedContent(version.contentHash, decision ? { text: decision.text, gapHours } : null);
    // A concurrent first signature on another version makes this insert do nothing (partial unique index).
    await tx
      .insert(boardSignoffRounds)
      .values({
        boardId: version.boardId,
        docId: version.docId,
        versionId: version.id,
        contentHash: version.contentHash,
        signedHash: contentHash(signed),
        decisionId: decision?.id ?? null,
        requiredLevels: await findRequiredLevels(tx, version.boardId, version.docId),
      })
      .onConflictDoNothing();
    round = await findRound(tx, version.boardId, version.docId, "open", true);
  }
  if (!round || round.versionId !== version.id) refuse(refusal("versionId", "signoff.errors.otherRound"));
  return round;
}

/** Marks the round signed when every required level has an active signature; the previous signed round is superseded. */
async function completeIfAllSigned(tx: Tx, round: BoardSignoffRound): Promise<BoardSignoffRound> {
  const active = (await listSignatures(tx, round.id)).filter((s) => !s.withdrawnAt);
  const levels = new Set(active.map((s) => s.level));
  if (!round.requiredLevels.every((level) => levels.has(level as (typeof LEVELS)[number]))) return round;
  const where = (status: "signed" | "open") =>
    and(
      eq(boardSignoffRounds.boardId, round.boardId),
      eq(boardSignoffRounds.docId, round.docId),
      eq(boardSignoffRounds.status, status),
    );
  await tx
    .update(boardSignoffRounds)
    .set({ status: "superseded" })
    .where(and(where("signed"), ne(boardSignoffRounds.id, round.id)));
  const [done] = await tx
    .update(boardSignoffRounds)
    .set({ status: "signed", completedAt: new Date() })
    .where(eq(boardSignoffRounds.id, round.id))
    .returning();
  return done;
}

/** A fastställd agreement becomes active (from draft or review), recorded as a status change. */
async function activateAgreement(tx: Tx, actor: Actor, boardId: string, docId: string): Promise<void> {
  if (docId === BOARD_DOC_ID) return;
  const [before] = await tx
    .select({ status: boardDocuments.status })
    .from(boardDocuments)
    .where(and(eq(boardDocuments.id, docId), eq(boardDocuments.boardId, boardId)));
  if (!before || (before.status !== "draft" && before.status !== "review")) return;
  await tx
    .update(boardDocuments)
    .set({ status: "active" })
    .where(and(eq(boardDocuments.id, docId), inArray(boardDocuments.status, ["draft", "review"])));
  await appendAuditEvent(tx, auditActor(actor), {
    type: "document.status-changed",
    data: { boardId, docId, from: before.status, to: "active" },
  });
}

/**
 * Signs a version of the board for one level, after the signer re-enters their password. The
 * first signature freezes the version (opens a round binding its content hash and any shortage
 * decision); when every required level has signed the same version it is "Fastställd". Refused
 * with a Swedish reason: wrong password, a level the person does not hold, a version that is no
 * longer the one shown, another version being signed, an undecided shortage. Records
 * `signoff.signed` (and `signoff.completed`).
 */
export async function signVersion(
  db: Db,
  actor: Actor,
  input: unknown,
  options?: CommandOptions,
): Promise<CommandResult<SignResult>> {
  const parsed = parseInput(signVersionInput, input);
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  const user = await findUserById(db, actor.id);
  if (!user) return { ok: false, error: { kind: "not-found" } };
  if (!user.passwordHash) return { ok: false, error: refusal("password", "signoff.errors.noPassword") };
  if (!(await verifyPassword(value.password, user.passwordHash)))
    return { ok: false, error: refusal("password", "signoff.errors.password") };
  const result = await inTransaction(db, options, async (tx) => {
    await authorizeBoard(tx, actor, value.boardId, "viewer");
    const version = await checkSigner(tx, user, value);
    const round = await openRound(tx, version);
    const active = (await listSignatures(tx, round.id)).filter((s) => !s.withdrawnAt);
    if (active.some((s) => s.level === value.level || s.userId === user.id))
      refuse(refusal("level", "signoff.errors.alreadySigned"));
    await tx.insert(boardSignatures).values({
      roundId: round.id,
      userId: user.id,
      level: value.level,
      signedHash: round.signedHash,
      authMethod: "password",
    });
    const base = { boardId: value.boardId, docId: version.docId, versionId: version.id, roundId: round.id };
    await appendAuditEvent(tx, auditActor(actor), {
      type: "signoff.signed",
      data: { ...base, level: value.level, signedHash: round.signedHash },
    });
    const after = await completeIfAllSigned(tx, round);
    const isComplete = after.status === "signed";
    if (isComplete) {
      await appendAuditEvent(tx, auditActor(actor), {
        type: "signoff.completed",
        data: { ...base, signedHash: round.signedHash },
      });
      await activateAgreement(tx, actor, value.boardId, version.docId);
    }
    return { round: after, isComplete };
  });
  // A fastställd agreement's open rooms lock at once (server/collab/document-lock.ts).
  if (result.ok && result.value.isComplete && result.value.round.docId !== BOARD_DOC_ID)
    pushIfLive(value.boardId, {
      v: 1,
      type: "document.status-changed",
      docId: result.value.round.docId,
      status: "active",
    });
  return result;
}
