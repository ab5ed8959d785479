/**
 * Where a comment thread sits: the anchor kinds, their input schema, the key that groups threads
 * of one place (counts on cells and in the rail), the board section they belong to, and whether the
 * place still exists on a board (with its human label). Pure: used by the commands, the API and
 * the browser.
 */
import { z } from "zod";
import { isValidWeek, type PksBoard } from "@/lib/engine";

/** Grid tables whose rows are planning objects (the rest have resources as rows). */
const OBJECT_TABLES = ["history", "forecast", "timePerActivity", "outcomes"] as const;
const RESOURCE_TABLES = ["availability", "available", "actual-capacity"] as const;
export const COMMENT_TABLES = [...OBJECT_TABLES, ...RESOURCE_TABLES] as const;
export type CommentTable = (typeof COMMENT_TABLES)[number];

/** The board sections a thread can be filtered by (the rail's keys). */
export const COMMENT_SECTIONS = ["overview", "demand", "capacity", "balance", "plan", "followup", "documents"] as const;
export type CommentSection = (typeof COMMENT_SECTIONS)[number];

const TABLE_SECTION: Record<CommentTable, CommentSection> = {
  history: "demand",
  forecast: "demand",
  timePerActivity: "capacity",
  availability: "capacity",
  available: "capacity",
  outcomes: "followup",
  "actual-capacity": "followup",
};

const id = z.string("comments.errors.anchor").min(1, "comments.errors.anchor").max(200, "comments.errors.anchor");
const base64 = z.string("comments.errors.anchor").regex(/^[A-Za-z0-9+/=]{1,2000}$/, "comments.errors.anchor");
const itemLabel = z.string().max(200, "comments.errors.anchor").optional();

/** The anchor as sent by the browser. Text ranges carry Yjs relative positions (base64). */
export const commentAnchorSchema = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("cell"), table: z.enum(COMMENT_TABLES, "comments.errors.anchor"), row: id, col: id }),
    z.object({ kind: z.literal("planning-object"), id }),
    z.object({ kind: z.literal("resource"), id }),
    z.object({ kind: z.literal("measure"), id }),
    z.object({ kind: z.literal("rule"), docId: z.uuid("comments.errors.anchor"), item: id.optional(), itemLabel }),
    z.object({
      kind: z.literal("reflection"),
      docId: z.uuid("comments.errors.anchor"),
      item: id.optional(),
      itemLabel,
    }),
    z.object({
      kind: z.literal("text"),
      docId: z.uuid("comments.errors.anchor"),
      start: base64,
      end: base64,
      quote: z.string().max(200, "comments.errors.anchor"),
    }),
  ],
  "comments.errors.anchor",
);
export type CommentAnchor = z.infer<typeof commentAnchorSchema>;

/** One string per place: threads with the same key are on the same cell / object / text range. */
export function anchorKeyOf(anchor: CommentAnchor): string {
  switch (anchor.kind) {
    case "cell":
      return `cell:${anchor.table}:${anchor.row}:${anchor.col}`;
    case "planning-object":
    case "resource":
    case "measure":
      return `${anchor.kind}:${anchor.id}`;
    case "rule":
    case "reflection":
      return `${anchor.kind}:${anchor.docId}:${anchor.item ?? ""}`;
    case "text":
      return `text:${anchor.docId}`;
  }
}

/** The rail section a thread is counted in. */
export function sectionOf(anchor: CommentAnchor): CommentSection {
  switch (anchor.kind) {
    case "cell":
      return TABLE_SECTION[anchor.table];
    case "planning-object":
      return "demand";
    case "resource":
      return "capacity";
    case "measure":
      return "balance";
    default:
      return "documents";
  }
}

/** What the place-check needs to know about a board's documents. */
export interface AnchorDocument {
  id: string;
  kind: string;
  title: string;
}

const DOC_KIND: Record<"rule" | "reflection" | "text", string | null> = {
  rule: "rule-set",
  reflection: "reflection",
  text: null,
};

/**
 * The Swedish label of the anchor's place on this board ("Nybesök läkare, v. 12 2027"), or null
 * when the place does not exist (a removed object, a week that is no week, another board's
 * document). Text ranges are checked to their document; the range itself resolves in the browser.
 */
export function describeAnchor(anchor: CommentAnchor, board: PksBoard, documents: AnchorDocument[]): string | null {
  if (anchor.kind === "cell") return describeCell(anchor, board);
  if (anchor.kind === "planning-object") return board.planningObjects.find((p) => p.id === anchor.id)?.service ?? null;
  if (anchor.kind === "resource") return board.resources.find((r) => r.id === anchor.id)?.name ?? null;
  if (anchor.kind === "measure") return (board.measures ?? []).find((m) => m.id === anchor.id)?.title ?? null;
  const doc = documents.find((d) => d.id === anchor.docId);
  const kind = DOC_KIND[anchor.kind];
  if (!doc || (kind && doc.kind !== kind)) return null;
  if (anchor.kind === "text") return anchor.quote ? `${doc.title}: ”${anchor.quote}”` : doc.title;
  return anchor.itemLabel ? `${doc.title}: ${anchor.itemLabel}` : doc.title;
}

function describeCell(anchor: Extract<CommentAnchor, { kind: "cell" }>, board: PksBoard): string | null {
  const isObjectRow = (OBJECT_TABLES as readonly string[]).includes(anchor.table);
  const row = isObjectRow
    ? board.planningObjects.find((p) => p.id === anchor.row)?.service
    : board.resources.find((r) => r.id === anchor.row)?.name;
  if (!row) return null;
  if (anchor.table === "timePerActivity") {
    const resource = board.resources.find((r) => r.id === anchor.col);
    return resource ? `${row}, ${resource.name}` : null;
  }
  if (!isValidWeek(anchor.col)) return null;
  const [year, week] = anchor.col.split("-W");
  return `${row}, v. ${Number(week)} ${year}`;
}
