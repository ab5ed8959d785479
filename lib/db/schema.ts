import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  customType,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

/** PostgreSQL bytea as a Uint8Array (Yjs updates and snapshots). */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array | Buffer }>({
  dataType: () => "bytea",
  fromDriver: (value) => (value instanceof Uint8Array ? new Uint8Array(value) : new Uint8Array(value)),
});

export const userLevel = pgEnum("user_level", ["politisk", "strategisk", "taktisk", "operativ"]);
export const boardLevel = pgEnum("board_level", ["strategic", "tactical", "operational"]);
export const boardRole = pgEnum("board_role", ["owner", "editor", "commenter", "viewer"]);

export const organisations = pgTable("organisations", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
export type Organisation = typeof organisations.$inferSelect;

export const units = pgTable(
  "units",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("units_org_name_idx").on(t.organisationId, t.name)],
);
export type Unit = typeof units.$inferSelect;

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    name: text("name").notNull(),
    title: text("title"),
    level: userLevel("level").notNull(),
    /** bcrypt hash; null for users who only sign in through OpenID Connect. */
    passwordHash: text("password_hash"),
    locale: text("locale").notNull().default("sv"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("users_email_idx").on(sql`lower(${t.email})`)],
);
export type User = typeof users.$inferSelect;

export const boards = pgTable(
  "boards",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id, { onDelete: "restrict" }),
    name: text("name").notNull(),
    /** Planning period as shown to people, e.g. "2027". */
    period: text("period").notNull(),
    level: boardLevel("level").notNull(),
    /** The board's planning data as a `pks-board` v1 document (ENGINE.md). */
    data: jsonb("data").notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("boards_org_idx").on(t.organisationId), index("boards_unit_idx").on(t.unitId)],
);
export type Board = typeof boards.$inferSelect;

export const boardMembers = pgTable(
  "board_members",
  {
    boardId: uuid("board_id")
      .notNull()
      .references(() => boards.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: boardRole("role").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.boardId, t.userId] }), index("board_members_user_idx").on(t.userId)],
);
export type BoardMember = typeof boardMembers.$inferSelect;

/** Append-only: rows are inserted, never updated or deleted. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    organisationId: uuid("organisation_id").references(() => organisations.id, { onDelete: "cascade" }),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    targetType: text("target_type").notNull(),
    targetId: text("target_id"),
    details: jsonb("details"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("audit_log_target_idx").on(t.targetType, t.targetId)],
);
export type AuditEntry = typeof auditLog.$inferSelect;

/** Failed sign-ins, for rate limiting per account and per IP across processes. */
export const loginFailures = pgTable(
  "login_failures",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    email: text("email").notNull(),
    ip: text("ip").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("login_failures_email_idx").on(t.email, t.createdAt),
    index("login_failures_ip_idx").on(t.ip, t.createdAt),
  ],
);

export const boardDocumentKind = pgEnum("board_document_kind", [
  "agreement",
  "rule-set",
  "reflection",
  "self-assessment",
]);
export const boardDocumentStatus = pgEnum("board_document_status", ["draft", "review", "active", "archived"]);

/**
 * A rich-text document of a board (agreement, rule set, reflection, self-assessment round). Its
 * text lives in its own collaboration room, stored in `board_doc_updates`/`board_doc_snapshots`
 * under `doc_id` = this id; the row must exist before the room can be opened.
 */
export const boardDocuments = pgTable(
  "board_documents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    boardId: uuid("board_id")
      .notNull()
      .references(() => boards.id, { onDelete: "cascade" }),
    kind: boardDocumentKind("kind").notNull(),
    title: text("title").notNull(),
    status: boardDocumentStatus("status").notNull().default("draft"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("board_documents_board_idx").on(t.boardId, t.createdAt)],
);
export type BoardDocument = typeof boardDocuments.$inferSelect;

/**
 * A saved self-assessment round: the answers of a `self-assessment` document when it was saved
 * (statement id → one of the four answers, checked by the command), for the chart over time.
 */
export const selfAssessmentRounds = pgTable(
  "self_assessment_rounds",
  {
    docId: uuid("doc_id")
      .primaryKey()
      .references(() => boardDocuments.id, { onDelete: "cascade" }),
    boardId: uuid("board_id")
      .notNull()
      .references(() => boards.id, { onDelete: "cascade" }),
    answers: jsonb("answers").$type<Record<string, string>>().notNull(),
    savedBy: uuid("saved_by").references(() => users.id, { onDelete: "set null" }),
    savedAt: timestamp("saved_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("self_assessment_rounds_board_idx").on(t.boardId, t.savedAt)],
);
export type SelfAssessmentRound = typeof selfAssessmentRounds.$inferSelect;

/**
 * Yjs updates accepted by the collaboration server, appended in order, until compacted. Keyed by
 * `(board_id, doc_id)`: `doc_id` '' is the board document, otherwise a `board_documents` id.
 */
export const boardDocUpdates = pgTable(
  "board_doc_updates",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    boardId: uuid("board_id")
      .notNull()
      .references(() => boards.id, { onDelete: "cascade" }),
    docId: text("doc_id").notNull().default(""),
    update: bytea("update").notNull(),
    userId: uuid("user_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("board_doc_updates_doc_idx").on(t.boardId, t.docId, t.id)],
);

/** Compacted Yjs state of one shared document: all its updates up to and including `throughId`. */
export const boardDocSnapshots = pgTable(
  "board_doc_snapshots",
  {
    boardId: uuid("board_id")
      .notNull()
      .references(() => boards.id, { onDelete: "cascade" }),
    docId: text("doc_id").notNull().default(""),
    state: bytea("state").notNull(),
    throughId: bigint("through_id", { mode: "number" }).notNull().default(0),
    updateCount: integer("update_count").notNull().default(0),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.boardId, t.docId] })],
);
