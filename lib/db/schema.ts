import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  boolean,
  customType,
  doublePrecision,
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
    /** Archived units are kept for old boards but offered for nothing new. */
    archivedAt: timestamp("archived_at", { withTimezone: true }),
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
    /** Role "organisationsadministratör": manages units, people and board owners (not a board role). */
    isOrgAdmin: boolean("is_org_admin").notNull().default(false),
    /** Set by an administrator's temporary password; cleared when the person picks their own. */
    mustChangePassword: boolean("must_change_password").notNull().default(false),
    /** A deactivated person can no longer sign in, and open sessions and sockets stop working. */
    deactivatedAt: timestamp("deactivated_at", { withTimezone: true }),
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
    /** Archived boards are read-only and left out of the board list (still found by search). */
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    /** The board this one was created from with "Ny period från denna tavla". */
    previousBoardId: uuid("previous_board_id"),
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
  "care-catalogue",
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

/** The units a person works in (an organisation's people can belong to several). */
export const userUnits = pgTable(
  "user_units",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.unitId] })],
);

export const accessTokenKind = pgEnum("access_token_kind", ["setup", "invitation", "password-reset"]);

/**
 * One-time links: the first-run setup link, invitations and password resets. Only a SHA-256 hash
 * of the token is stored; `usedAt` makes every link single use.
 */
export const accessTokens = pgTable(
  "access_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: accessTokenKind("kind").notNull(),
    tokenHash: text("token_hash").notNull(),
    organisationId: uuid("organisation_id").references(() => organisations.id, { onDelete: "cascade" }),
    email: text("email"),
    /** For invitations: the level the new person gets, and optionally a board and role. */
    level: userLevel("level"),
    boardId: uuid("board_id").references(() => boards.id, { onDelete: "cascade" }),
    role: boardRole("role"),
    userId: uuid("user_id").references(() => users.id, { onDelete: "cascade" }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    /** Null: valid until used (the setup link). */
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("access_tokens_hash_idx").on(t.tokenHash)],
);
export type AccessToken = typeof accessTokens.$inferSelect;
// Version history and sign-off (docs/versions.md).

export const versionKind = pgEnum("version_kind", ["auto", "named", "before-restore", "before-import", "meeting"]);

/**
 * An explicit snapshot of one shared document (`doc_id` '' = the board document): its Yjs state,
 * its canonical content (lib/versions/content.ts) and that content's SHA-256. `editor_ids` are the
 * people whose updates were committed since the previous version of the document.
 */
export const boardVersions = pgTable(
  "board_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    boardId: uuid("board_id")
      .notNull()
      .references(() => boards.id, { onDelete: "cascade" }),
    docId: text("doc_id").notNull().default(""),
    kind: versionKind("kind").notNull(),
    name: text("name"),
    yjsState: bytea("yjs_state").notNull(),
    content: jsonb("content").notNull(),
    contentHash: text("content_hash").notNull(),
    editorIds: jsonb("editor_ids").$type<string[]>().notNull().default([]),
    /** For a version made by a restore: the version whose content came back. */
    restoredFromId: uuid("restored_from_id"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    /** clock_timestamp(): two versions written in one transaction still get their order. */
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(sql`clock_timestamp()`),
  },
  (t) => [index("board_versions_doc_idx").on(t.boardId, t.docId, t.createdAt)],
);
export type BoardVersion = typeof boardVersions.$inferSelect;

/** Who edited a shared document since its last version (written with each committed batch). */
export const boardPendingEditors = pgTable(
  "board_pending_editors",
  {
    boardId: uuid("board_id")
      .notNull()
      .references(() => boards.id, { onDelete: "cascade" }),
    docId: text("doc_id").notNull().default(""),
    userId: uuid("user_id").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.boardId, t.docId, t.userId] })],
);

/** Which levels must sign a board's plan (absent row: one taktisk and one strategisk). */
export const boardSignoffRules = pgTable(
  "board_signoff_rules",
  {
    boardId: uuid("board_id")
      .notNull()
      .references(() => boards.id, { onDelete: "cascade" }),
    docId: text("doc_id").notNull().default(""),
    requiredLevels: jsonb("required_levels").$type<string[]>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.boardId, t.docId] })],
);

/** A recorded decision to pass on a plan with a remaining capacity gap (part of the signed content). */
export const boardShortageDecisions = pgTable(
  "board_shortage_decisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    boardId: uuid("board_id")
      .notNull()
      .references(() => boards.id, { onDelete: "cascade" }),
    versionId: uuid("version_id")
      .notNull()
      .references(() => boardVersions.id, { onDelete: "cascade" }),
    gapHours: doublePrecision("gap_hours").notNull(),
    text: text("text").notNull(),
    decidedBy: uuid("decided_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("board_shortage_decisions_version_idx").on(t.versionId)],
);

export const signoffStatus = pgEnum("signoff_status", ["open", "signed", "withdrawn", "superseded"]);

/**
 * A version frozen for signing. At most one open round and one signed (current "fastställd") round
 * per document — partial unique indexes, so simultaneous signatures can never make two.
 */
export const boardSignoffRounds = pgTable(
  "board_signoff_rounds",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    boardId: uuid("board_id")
      .notNull()
      .references(() => boards.id, { onDelete: "cascade" }),
    docId: text("doc_id").notNull().default(""),
    versionId: uuid("version_id")
      .notNull()
      .references(() => boardVersions.id, { onDelete: "cascade" }),
    contentHash: text("content_hash").notNull(),
    /** SHA-256 of the version's hash plus the shortage decision (what the signatures bind). */
    signedHash: text("signed_hash").notNull(),
    decisionId: uuid("decision_id").references(() => boardShortageDecisions.id, { onDelete: "restrict" }),
    requiredLevels: jsonb("required_levels").$type<string[]>().notNull(),
    status: signoffStatus("status").notNull().default("open"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp("completed_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("board_signoff_rounds_open_idx").on(t.boardId, t.docId).where(sql`status = 'open'`),
    uniqueIndex("board_signoff_rounds_signed_idx").on(t.boardId, t.docId).where(sql`status = 'signed'`),
  ],
);
export type BoardSignoffRound = typeof boardSignoffRounds.$inferSelect;

/** One person's signature on a round, for one level; withdrawn ones stay with their reason. */
export const boardSignatures = pgTable(
  "board_signatures",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    roundId: uuid("round_id")
      .notNull()
      .references(() => boardSignoffRounds.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    level: userLevel("level").notNull(),
    signedHash: text("signed_hash").notNull(),
    authMethod: text("auth_method").notNull(),
    signedAt: timestamp("signed_at", { withTimezone: true }).notNull().defaultNow(),
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
    withdrawReason: text("withdraw_reason"),
  },
  (t) => [
    uniqueIndex("board_signatures_level_idx").on(t.roundId, t.level).where(sql`withdrawn_at is null`),
    uniqueIndex("board_signatures_user_idx").on(t.roundId, t.userId).where(sql`withdrawn_at is null`),
  ],
);
export type BoardSignature = typeof boardSignatures.$inferSelect;

export const commentAnchorKind = pgEnum("comment_anchor_kind", [
  "cell",
  "planning-object",
  "resource",
  "measure",
  "rule",
  "reflection",
  "text",
]);

/**
 * A comment thread on one place of a board. `anchor` holds the kind's coordinates (a cell's
 * table/row/col, an entity id, or a document id with Yjs relative positions as base64);
 * `anchor_key` is the place as one string for counts; `place_label` is the last known name of the
 * place, shown when the anchor has disappeared (an orphaned thread).
 */
export const commentThreads = pgTable(
  "comment_threads",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    boardId: uuid("board_id")
      .notNull()
      .references(() => boards.id, { onDelete: "cascade" }),
    anchorKind: commentAnchorKind("anchor_kind").notNull(),
    anchor: jsonb("anchor").notNull(),
    anchorKey: text("anchor_key").notNull(),
    section: text("section").notNull(),
    placeLabel: text("place_label").notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    resolvedBy: uuid("resolved_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [index("comment_threads_board_idx").on(t.boardId, t.anchorKey)],
);
export type CommentThread = typeof commentThreads.$inferSelect;

/** One comment of a thread; a deleted comment keeps its row with the body cleared. */
export const comments = pgTable(
  "comments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    threadId: uuid("thread_id")
      .notNull()
      .references(() => commentThreads.id, { onDelete: "cascade" }),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    mentions: jsonb("mentions").$type<string[]>().notNull().default([]),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    editedAt: timestamp("edited_at", { withTimezone: true }),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
  },
  (t) => [index("comments_thread_idx").on(t.threadId, t.createdAt)],
);
export type Comment = typeof comments.$inferSelect;

/** An in-app notification for one person: a mention, a reply, a sign-off request … with a link. */
export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    boardId: uuid("board_id").references(() => boards.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    text: text("text").notNull(),
    link: text("link").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp("read_at", { withTimezone: true }),
  },
  (t) => [index("notifications_user_idx").on(t.userId, t.createdAt)],
);
export type Notification = typeof notifications.$inferSelect;

/** A read-only BI API token of a board: only its SHA-256 hash is stored; the prefix is shown. */
export const biTokens = pgTable(
  "bi_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    boardId: uuid("board_id")
      .notNull()
      .references(() => boards.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    prefix: text("prefix").notNull(),
    hash: text("hash").notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("bi_tokens_hash_idx").on(t.hash), index("bi_tokens_board_idx").on(t.boardId)],
);
export type BiToken = typeof biTokens.$inferSelect;

/** Every request made with a BI token (append-only usage log). */
export const biTokenUses = pgTable(
  "bi_token_uses",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    tokenId: uuid("token_id")
      .notNull()
      .references(() => biTokens.id, { onDelete: "cascade" }),
    path: text("path").notNull(),
    status: integer("status").notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("bi_token_uses_token_idx").on(t.tokenId, t.usedAt)],
);

/** A unit board gathered by a strategic board of the same organisation (issue 13). */
export const strategicLinks = pgTable(
  "strategic_links",
  {
    strategicBoardId: uuid("strategic_board_id")
      .notNull()
      .references(() => boards.id, { onDelete: "cascade" }),
    unitBoardId: uuid("unit_board_id")
      .notNull()
      .references(() => boards.id, { onDelete: "cascade" }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.strategicBoardId, t.unitBoardId] }),
    index("strategic_links_unit_idx").on(t.unitBoardId),
  ],
);
export type StrategicLink = typeof strategicLinks.$inferSelect;

/** A production goal set on a strategic board: activities of one planning object of a unit in one period. */
export const productionGoals = pgTable(
  "production_goals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    strategicBoardId: uuid("strategic_board_id")
      .notNull()
      .references(() => boards.id, { onDelete: "cascade" }),
    unitBoardId: uuid("unit_board_id")
      .notNull()
      .references(() => boards.id, { onDelete: "cascade" }),
    planningObjectId: text("planning_object_id").notNull(),
    /** A period key of lib/engine/periods: `2027-Q2`, `2027-T1` or `2027`. */
    period: text("period").notNull(),
    volume: doublePrecision("volume").notNull(),
    setBy: uuid("set_by").references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("production_goals_key_idx").on(t.strategicBoardId, t.unitBoardId, t.planningObjectId, t.period),
    index("production_goals_unit_idx").on(t.unitBoardId),
  ],
);
export type ProductionGoal = typeof productionGoals.$inferSelect;

/** A unit's flag that a goal cannot be reached, with the gap in hours, until the strategic board decides. */
export const goalFlags = pgTable(
  "goal_flags",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    goalId: uuid("goal_id")
      .notNull()
      .references(() => productionGoals.id, { onDelete: "cascade" }),
    gapHours: doublePrecision("gap_hours").notNull(),
    note: text("note").notNull(),
    flaggedBy: uuid("flagged_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    decidedBy: uuid("decided_by").references(() => users.id, { onDelete: "set null" }),
    decision: text("decision"),
  },
  (t) => [index("goal_flags_goal_idx").on(t.goalId)],
);
export type GoalFlag = typeof goalFlags.$inferSelect;

/**
 * A strategic measure in the guidance's order (seed 001 2480–2488): move capacity between units or
 * over time, buy care, budget for more staff, prioritise. A decided one with hours becomes capacity
 * measures on the affected unit boards.
 */
export const strategicMeasures = pgTable(
  "strategic_measures",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    strategicBoardId: uuid("strategic_board_id")
      .notNull()
      .references(() => boards.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    status: text("status").notNull().default("proposed"),
    /** The resource by name (units' resource ids differ; the name is what the strategic level sums). */
    resourceName: text("resource_name"),
    hours: doublePrecision("hours"),
    fromBoardId: uuid("from_board_id").references(() => boards.id, { onDelete: "set null" }),
    toBoardId: uuid("to_board_id").references(() => boards.id, { onDelete: "set null" }),
    fromPeriod: text("from_period"),
    toPeriod: text("to_period"),
    note: text("note").notNull().default(""),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
  },
  (t) => [index("strategic_measures_board_idx").on(t.strategicBoardId)],
);
export type StrategicMeasure = typeof strategicMeasures.$inferSelect;

/** What a meeting record holds (docs/meeting.md): who took part, what was decided, what was said. */
export interface MeetingRecord {
  participants: { id: string; name: string }[];
  decisions: { measureId: string; title: string; from: string | null; to: string }[];
  comments: { threadId: string; author: string; body: string; place: string }[];
}

/**
 * A meeting on a board (meeting mode): its presenter is decided here, on the server. At most one
 * meeting per board is open (`ended_at` null). `start_statuses` are the measures' statuses when
 * it started; at the end `record` and the meeting's named version are written.
 */
export const boardMeetings = pgTable(
  "board_meetings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    boardId: uuid("board_id")
      .notNull()
      .references(() => boards.id, { onDelete: "cascade" }),
    presenterId: uuid("presenter_id").references(() => users.id, { onDelete: "set null" }),
    startedBy: uuid("started_by").references(() => users.id, { onDelete: "set null" }),
    participantIds: jsonb("participant_ids").$type<string[]>().notNull().default([]),
    startStatuses: jsonb("start_statuses").$type<Record<string, string>>().notNull().default({}),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    record: jsonb("record").$type<MeetingRecord>(),
    versionId: uuid("version_id").references(() => boardVersions.id, { onDelete: "set null" }),
  },
  (t) => [
    uniqueIndex("board_meetings_open_idx").on(t.boardId).where(sql`${t.endedAt} is null`),
    index("board_meetings_board_idx").on(t.boardId, t.startedAt),
  ],
);
export type BoardMeeting = typeof boardMeetings.$inferSelect;
