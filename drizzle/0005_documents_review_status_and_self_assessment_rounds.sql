ALTER TYPE "public"."board_document_status" ADD VALUE 'review' BEFORE 'active';--> statement-breakpoint
CREATE TABLE "self_assessment_rounds" (
	"doc_id" uuid PRIMARY KEY NOT NULL,
	"board_id" uuid NOT NULL,
	"answers" jsonb NOT NULL,
	"saved_by" uuid,
	"saved_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "self_assessment_rounds" ADD CONSTRAINT "self_assessment_rounds_doc_id_board_documents_id_fk" FOREIGN KEY ("doc_id") REFERENCES "public"."board_documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_assessment_rounds" ADD CONSTRAINT "self_assessment_rounds_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_assessment_rounds" ADD CONSTRAINT "self_assessment_rounds_saved_by_users_id_fk" FOREIGN KEY ("saved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "self_assessment_rounds_board_idx" ON "self_assessment_rounds" USING btree ("board_id","saved_at");