/**
 * The rich-text documents of a board (agreement, rule set, reflection, self-assessment round). A
 * row exists before its collaboration room can be opened; the text itself is never read here — it
 * lives in the document's room (`board_doc_snapshots`/`board_doc_updates` under `doc_id` = id) and
 * is loaded only when someone opens that room.
 */
import { and, asc, eq } from "drizzle-orm";
import * as Y from "yjs";
import { z } from "zod";
import type { Db } from "../client";
import { type BoardDocument, boardDocSnapshots, boardDocumentKind, boardDocuments } from "../schema";

export type BoardDocumentKind = (typeof boardDocumentKind.enumValues)[number];

/** Input of `createBoardDocument`; messages are Swedish and name the field. */
export const boardDocumentInput = z.object({
  boardId: z.uuid("Tavlan saknas"),
  kind: z.enum(boardDocumentKind.enumValues, "Okänd dokumenttyp"),
  title: z.string("Titel saknas").trim().min(1, "Titel saknas").max(200, "Titeln får vara högst 200 tecken"),
  createdBy: z.uuid().nullable(),
});
export type BoardDocumentInput = z.input<typeof boardDocumentInput>;

/** The invalid field of a document input and a Swedish message. */
export class BoardDocumentInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = "BoardDocumentInputError";
  }
}

/**
 * Creates a document of a board and its empty first snapshot in one transaction, so its room can
 * be opened at once. Throws BoardDocumentInputError (field + message) for invalid input.
 */
export async function createBoardDocument(db: Db, input: BoardDocumentInput): Promise<BoardDocument> {
  const parsed = boardDocumentInput.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BoardDocumentInputError(String(issue?.path[0] ?? "input"), issue?.message ?? "Ogiltigt dokument");
  }
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(boardDocuments).values(parsed.data).returning();
    await tx.insert(boardDocSnapshots).values(emptyTextDocSnapshot(row.boardId, row.id));
    return row;
  });
}

/** The board's documents, oldest first — rows only, never their text. */
export async function listBoardDocuments(db: Db, boardId: string): Promise<BoardDocument[]> {
  return db
    .select()
    .from(boardDocuments)
    .where(eq(boardDocuments.boardId, boardId))
    .orderBy(asc(boardDocuments.createdAt), asc(boardDocuments.id));
}

/** The first snapshot row of a new rich-text document: an empty Yjs document, or `initial` (a template's state). */
export function emptyTextDocSnapshot(
  boardId: string,
  docId: string,
  initial?: Uint8Array,
): typeof boardDocSnapshots.$inferInsert {
  if (initial) return { boardId, docId, state: initial, throughId: 0, updateCount: 0 };
  const doc = new Y.Doc();
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return { boardId, docId, state, throughId: 0, updateCount: 0 };
}

const UUID = z.uuid();

/** The document `docId` if it belongs to `boardId`, else null (also for ids that are no uuid). */
export async function findBoardDocument(db: Db, boardId: string, docId: string): Promise<BoardDocument | null> {
  if (!UUID.safeParse(boardId).success || !UUID.safeParse(docId).success) return null;
  const [row] = await db
    .select()
    .from(boardDocuments)
    .where(and(eq(boardDocuments.id, docId), eq(boardDocuments.boardId, boardId)))
    .limit(1);
  return row ?? null;
}
