/**
 * What a signed PDF's certificate page states, read from the database: the round, its version,
 * each signature (name, title, level, time, how the person authenticated, any withdrawal) and the
 * version's timeline from the audit trail (created, named, signed, withdrawn, fastställd).
 */
import { eq } from "drizzle-orm";
import { BOARD_DOC_ID } from "@/lib/board/protocol";
import type { Db } from "@/lib/db/client";
import { listAuditEvents } from "@/lib/db/queries/audit";
import { findBoardDocument } from "@/lib/db/queries/board-documents";
import { findShortageDecision, listSignatures } from "@/lib/db/queries/signoff";
import { findUserNames, findVersion } from "@/lib/db/queries/versions";
import { type BoardSignoffRound, type BoardVersion, boardSignoffRounds, boards, users } from "@/lib/db/schema";

export interface RecordSigner {
  name: string;
  title: string | null;
  level: string;
  signedAt: string;
  authMethod: string;
  withdrawnAt: string | null;
  withdrawReason: string | null;
}

export type TimelineEvent = "created" | "named" | "signed" | "withdrawn" | "completed";

export interface TimelineEntry {
  at: string;
  event: TimelineEvent;
  who: string | null;
  detail: string | null;
}

/** Everything the certificate page and the verify page show about one sign-off round (dates as ISO strings). */
export interface SigningRecord {
  boardId: string;
  boardName: string;
  docId: string;
  /** The agreement's title; null for the production plan (the board document). */
  documentTitle: string | null;
  roundId: string;
  status: BoardSignoffRound["status"];
  requiredLevels: string[];
  versionId: string;
  versionName: string | null;
  versionCreatedAt: string;
  contentHash: string;
  signedHash: string;
  decision: { text: string; gapHours: number } | null;
  signers: RecordSigner[];
  timeline: TimelineEntry[];
}

/** A round by id, or null. */
export async function findRoundById(db: Db, roundId: string): Promise<BoardSignoffRound | null> {
  const [row] = await db.select().from(boardSignoffRounds).where(eq(boardSignoffRounds.id, roundId)).limit(1);
  return row ?? null;
}

async function loadTimeline(db: Db, round: BoardSignoffRound, version: BoardVersion): Promise<TimelineEntry[]> {
  const events = await listAuditEvents(db, { type: "board", id: round.boardId });
  const names = await findUserNames(
    db,
    events.flatMap((e) => (e.userId ? [e.userId] : [])),
  );
  const entries: TimelineEntry[] = [];
  const add = (at: Date, event: TimelineEvent, userId: string | null, detail: string | null) =>
    entries.push({ at: at.toISOString(), event, who: userId ? (names.get(userId) ?? null) : null, detail });
  for (const { event, userId, createdAt } of events) {
    const data = ("data" in event ? event.data : {}) as {
      versionId?: string;
      roundId?: string;
      name?: string | null;
      level?: string;
      reason?: string;
    };
    if (event.type === "version.created" && data.versionId === version.id)
      add(createdAt, data.name ? "named" : "created", userId, data.name ?? null);
    else if (data.roundId !== round.id) continue;
    else if (event.type === "signoff.signed") add(createdAt, "signed", userId, data.level ?? null);
    else if (event.type === "signoff.withdrawn") add(createdAt, "withdrawn", userId, `${data.level}: ${data.reason}`);
    else if (event.type === "signoff.completed") add(createdAt, "completed", userId, null);
  }
  if (!entries.some((e) => e.event === "created" || e.event === "named"))
    entries.unshift({
      at: version.createdAt.toISOString(),
      event: version.name ? "named" : "created",
      who: null,
      detail: version.name,
    });
  return entries;
}

async function loadSigners(db: Db, roundId: string): Promise<RecordSigner[]> {
  const signatures = await listSignatures(db, roundId);
  const titles = new Map<string, string | null>();
  for (const s of signatures) {
    const [row] = await db.select({ title: users.title }).from(users).where(eq(users.id, s.userId));
    titles.set(s.userId, row?.title ?? null);
  }
  return signatures.map((s) => ({
    name: s.name,
    title: titles.get(s.userId) ?? null,
    level: s.level,
    signedAt: s.signedAt.toISOString(),
    authMethod: s.authMethod,
    withdrawnAt: s.withdrawnAt?.toISOString() ?? null,
    withdrawReason: s.withdrawReason,
  }));
}

/** The signing record of a round on `boardId`; null when the round is not on that board. */
export async function loadSigningRecord(db: Db, boardId: string, roundId: string): Promise<SigningRecord | null> {
  const round = await findRoundById(db, roundId);
  if (!round || round.boardId !== boardId) return null;
  const version = await findVersion(db, round.versionId);
  if (!version) return null;
  const [board] = await db.select({ name: boards.name }).from(boards).where(eq(boards.id, boardId));
  const doc = round.docId === BOARD_DOC_ID ? null : await findBoardDocument(db, boardId, round.docId);
  const decision = round.decisionId ? await findShortageDecision(db, version.id) : null;
  return {
    boardId,
    boardName: board?.name ?? "",
    docId: round.docId,
    documentTitle: doc?.title ?? null,
    roundId: round.id,
    status: round.status,
    requiredLevels: round.requiredLevels,
    versionId: version.id,
    versionName: version.name,
    versionCreatedAt: version.createdAt.toISOString(),
    contentHash: round.contentHash,
    signedHash: round.signedHash,
    decision: decision ? { text: decision.text, gapHours: decision.gapHours } : null,
    signers: await loadSigners(db, round.id),
    timeline: await loadTimeline(db, round, version),
  };
}
