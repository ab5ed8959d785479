CREATE TYPE "public"."board_document_kind" AS ENUM('agreement', 'rule-set', 'reflection', 'self-assessment');--> statement-breakpoint
CREATE TYPE "public"."board_document_status" AS ENUM('draft', 'active', 'archived');--> statement-breakpoint
CREATE TABLE "board_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"board_id" uuid NOT NULL,
	"kind" "board_document_kind" NOT NULL,
	"title" text NOT NULL,
	"status" "board_document_status" DEFAULT 'draft' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "board_doc_updates_board_idx";--> statement-breakpoint
ALTER TABLE "board_doc_snapshots" ADD COLUMN "doc_id" text DEFAULT '' NOT NULL;--> statement-breakpoint
-- drizzle-kit cannot name the old primary key (see its note); PostgreSQL's default name is used.
ALTER TABLE "board_doc_snapshots" DROP CONSTRAINT "board_doc_snapshots_pkey";--> statement-breakpoint
ALTER TABLE "board_doc_snapshots" ADD CONSTRAINT "board_doc_snapshots_board_id_doc_id_pk" PRIMARY KEY("board_id","doc_id");--> statement-breakpoint
ALTER TABLE "board_doc_updates" ADD COLUMN "doc_id" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "board_documents" ADD CONSTRAINT "board_documents_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_documents" ADD CONSTRAINT "board_documents_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "board_documents_board_idx" ON "board_documents" USING btree ("board_id","created_at");--> statement-breakpoint
CREATE INDEX "board_doc_updates_doc_idx" ON "board_doc_updates" USING btree ("board_id","doc_id","id");