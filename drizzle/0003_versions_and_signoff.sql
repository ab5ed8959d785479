CREATE TYPE "public"."signoff_status" AS ENUM('open', 'signed', 'withdrawn', 'superseded');--> statement-breakpoint
CREATE TYPE "public"."version_kind" AS ENUM('auto', 'named', 'before-restore', 'before-import', 'meeting');--> statement-breakpoint
CREATE TABLE "board_pending_editors" (
	"board_id" uuid NOT NULL,
	"doc_id" text DEFAULT '' NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "board_pending_editors_board_id_doc_id_user_id_pk" PRIMARY KEY("board_id","doc_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "board_shortage_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"board_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"gap_hours" double precision NOT NULL,
	"text" text NOT NULL,
	"decided_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "board_signatures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"level" "user_level" NOT NULL,
	"signed_hash" text NOT NULL,
	"auth_method" text NOT NULL,
	"signed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"withdraw_reason" text
);
--> statement-breakpoint
CREATE TABLE "board_signoff_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"board_id" uuid NOT NULL,
	"doc_id" text DEFAULT '' NOT NULL,
	"version_id" uuid NOT NULL,
	"content_hash" text NOT NULL,
	"signed_hash" text NOT NULL,
	"decision_id" uuid,
	"required_levels" jsonb NOT NULL,
	"status" "signoff_status" DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "board_signoff_rules" (
	"board_id" uuid NOT NULL,
	"doc_id" text DEFAULT '' NOT NULL,
	"required_levels" jsonb NOT NULL,
	CONSTRAINT "board_signoff_rules_board_id_doc_id_pk" PRIMARY KEY("board_id","doc_id")
);
--> statement-breakpoint
CREATE TABLE "board_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"board_id" uuid NOT NULL,
	"doc_id" text DEFAULT '' NOT NULL,
	"kind" "version_kind" NOT NULL,
	"name" text,
	"yjs_state" "bytea" NOT NULL,
	"content" jsonb NOT NULL,
	"content_hash" text NOT NULL,
	"editor_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"restored_from_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "board_pending_editors" ADD CONSTRAINT "board_pending_editors_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_shortage_decisions" ADD CONSTRAINT "board_shortage_decisions_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_shortage_decisions" ADD CONSTRAINT "board_shortage_decisions_version_id_board_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."board_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_shortage_decisions" ADD CONSTRAINT "board_shortage_decisions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_signatures" ADD CONSTRAINT "board_signatures_round_id_board_signoff_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."board_signoff_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_signatures" ADD CONSTRAINT "board_signatures_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_signoff_rounds" ADD CONSTRAINT "board_signoff_rounds_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_signoff_rounds" ADD CONSTRAINT "board_signoff_rounds_version_id_board_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."board_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_signoff_rounds" ADD CONSTRAINT "board_signoff_rounds_decision_id_board_shortage_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."board_shortage_decisions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_signoff_rules" ADD CONSTRAINT "board_signoff_rules_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_versions" ADD CONSTRAINT "board_versions_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_versions" ADD CONSTRAINT "board_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "board_shortage_decisions_version_idx" ON "board_shortage_decisions" USING btree ("version_id");--> statement-breakpoint
CREATE UNIQUE INDEX "board_signatures_level_idx" ON "board_signatures" USING btree ("round_id","level") WHERE withdrawn_at is null;--> statement-breakpoint
CREATE UNIQUE INDEX "board_signatures_user_idx" ON "board_signatures" USING btree ("round_id","user_id") WHERE withdrawn_at is null;--> statement-breakpoint
CREATE UNIQUE INDEX "board_signoff_rounds_open_idx" ON "board_signoff_rounds" USING btree ("board_id","doc_id") WHERE status = 'open';--> statement-breakpoint
CREATE UNIQUE INDEX "board_signoff_rounds_signed_idx" ON "board_signoff_rounds" USING btree ("board_id","doc_id") WHERE status = 'signed';--> statement-breakpoint
CREATE INDEX "board_versions_doc_idx" ON "board_versions" USING btree ("board_id","doc_id","created_at");