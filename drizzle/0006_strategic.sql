CREATE TABLE "goal_flags" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"goal_id" uuid NOT NULL,
	"gap_hours" double precision NOT NULL,
	"note" text NOT NULL,
	"flagged_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"decision" text
);
--> statement-breakpoint
CREATE TABLE "production_goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"strategic_board_id" uuid NOT NULL,
	"unit_board_id" uuid NOT NULL,
	"planning_object_id" text NOT NULL,
	"period" text NOT NULL,
	"volume" double precision NOT NULL,
	"set_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "strategic_links" (
	"strategic_board_id" uuid NOT NULL,
	"unit_board_id" uuid NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "strategic_links_strategic_board_id_unit_board_id_pk" PRIMARY KEY("strategic_board_id","unit_board_id")
);
--> statement-breakpoint
CREATE TABLE "strategic_measures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"strategic_board_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"resource_name" text,
	"hours" double precision,
	"from_board_id" uuid,
	"to_board_id" uuid,
	"from_period" text,
	"to_period" text,
	"note" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "goal_flags" ADD CONSTRAINT "goal_flags_goal_id_production_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."production_goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_flags" ADD CONSTRAINT "goal_flags_flagged_by_users_id_fk" FOREIGN KEY ("flagged_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_flags" ADD CONSTRAINT "goal_flags_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "production_goals" ADD CONSTRAINT "production_goals_strategic_board_id_boards_id_fk" FOREIGN KEY ("strategic_board_id") REFERENCES "public"."boards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "production_goals" ADD CONSTRAINT "production_goals_unit_board_id_boards_id_fk" FOREIGN KEY ("unit_board_id") REFERENCES "public"."boards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "production_goals" ADD CONSTRAINT "production_goals_set_by_users_id_fk" FOREIGN KEY ("set_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategic_links" ADD CONSTRAINT "strategic_links_strategic_board_id_boards_id_fk" FOREIGN KEY ("strategic_board_id") REFERENCES "public"."boards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategic_links" ADD CONSTRAINT "strategic_links_unit_board_id_boards_id_fk" FOREIGN KEY ("unit_board_id") REFERENCES "public"."boards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategic_links" ADD CONSTRAINT "strategic_links_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategic_measures" ADD CONSTRAINT "strategic_measures_strategic_board_id_boards_id_fk" FOREIGN KEY ("strategic_board_id") REFERENCES "public"."boards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategic_measures" ADD CONSTRAINT "strategic_measures_from_board_id_boards_id_fk" FOREIGN KEY ("from_board_id") REFERENCES "public"."boards"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategic_measures" ADD CONSTRAINT "strategic_measures_to_board_id_boards_id_fk" FOREIGN KEY ("to_board_id") REFERENCES "public"."boards"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategic_measures" ADD CONSTRAINT "strategic_measures_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "goal_flags_goal_idx" ON "goal_flags" USING btree ("goal_id");--> statement-breakpoint
CREATE UNIQUE INDEX "production_goals_key_idx" ON "production_goals" USING btree ("strategic_board_id","unit_board_id","planning_object_id","period");--> statement-breakpoint
CREATE INDEX "production_goals_unit_idx" ON "production_goals" USING btree ("unit_board_id");--> statement-breakpoint
CREATE INDEX "strategic_links_unit_idx" ON "strategic_links" USING btree ("unit_board_id");--> statement-breakpoint
CREATE INDEX "strategic_measures_board_idx" ON "strategic_measures" USING btree ("strategic_board_id");