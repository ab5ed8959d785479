/**
 * What the Historik page shows, read on the server: versions with the names of the people whose
 * edits they contain, the current draft's hash, and a diff between two versions (or a version and
 * the draft) paged by subject.
 */
import { BOARD_DOC_ID } from "@/lib/board/protocol";
import type { Db } from "@/lib/db/client";
import { loadBoardDocState } from "@/lib/db/queries/board-docs";
import { findShortageDecision } from "@/lib/db/queries/signoff";
import {
  findLatestVersion,
  findUserNames,
  findVersion,
  listVersions,
  type VersionSummary,
} from "@/lib/db/queries/versions";
import type { VersionContent } from "@/lib/versions/content";
import { diffVersions, type VersionChange } from "@/lib/versions/diff";
import { hasLiveFigures } from "@/lib/versions/live-figures";
import { shortageHours } from "@/lib/versions/shortage";
import { snapshotState } from "./save-version";

/** `to=draft` in the page's address: the board as it is now. */
export const DRAFT = "draft";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface HistoryVersion extends VersionSummary {
  editorNames: string[];
}

/** The board's versions, newest first, with editor names. */
export async function loadVersionList(db: Db, boardId: string): Promise<HistoryVersion[]> {
  const versions = await listVersions(db, boardId);
  const names = await findUserNames(
    db,
    versions.flatMap((v) => v.editorIds),
  );
  return versions.map((v) => ({ ...v, editorNames: v.editorIds.map((id) => names.get(id) ?? "?") }));
}

/** The board's current (stored) content and hash. */
export async function loadDraft(
  db: Db,
  boardId: string,
): Promise<{ content: VersionContent; contentHash: string } | null> {
  const state = await loadBoardDocState(db, boardId, BOARD_DOC_ID);
  if (!state) return null;
  const { content, contentHash } = snapshotState(state.update);
  return { content, contentHash };
}

async function contentOf(db: Db, boardId: string, id: string): Promise<VersionContent | null> {
  if (id === DRAFT) return (await loadDraft(db, boardId))?.content ?? null;
  if (!UUID.test(id)) return null;
  const version = await findVersion(db, id);
  return version && version.boardId === boardId ? (version.content as VersionContent) : null;
}

/** The changes from version `fromId` to `toId` (either may be DRAFT); null when one is not on this board. */
export async function loadDiff(db: Db, boardId: string, fromId: string, toId: string): Promise<VersionChange[] | null> {
  const [from, to] = await Promise.all([contentOf(db, boardId, fromId), contentOf(db, boardId, toId)]);
  return from && to ? diffVersions(from, to) : null;
}

/** The version a signer would sign now (the one being signed, else the latest), with its shortage. */
export async function loadSignCandidate(
  db: Db,
  boardId: string,
  openVersionId: string | null,
  docId: string = BOARD_DOC_ID,
) {
  const latest = openVersionId ? await findVersion(db, openVersionId) : await findLatestVersion(db, boardId, docId);
  if (!latest) return null;
  const board = (latest.content as VersionContent).board;
  const decision = await findShortageDecision(db, latest.id);
  return {
    id: latest.id,
    name: latest.name ?? latest.createdAt.toISOString().slice(0, 16).replace("T", " "),
    contentHash: latest.contentHash,
    shortageHours: board ? shortageHours(board) : 0,
    decision: decision ? { text: decision.text, gapHours: decision.gapHours } : null,
    hasLiveFigures: hasLiveFigures(latest.content as VersionContent),
  };
}
