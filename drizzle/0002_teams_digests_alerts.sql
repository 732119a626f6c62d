CREATE TABLE "alerts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"pain_point_id" uuid NOT NULL,
	"audience" text NOT NULL,
	"channel" text NOT NULL,
	"count" integer NOT NULL,
	"baseline" double precision NOT NULL,
	"z_score" double precision NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"payload" jsonb NOT NULL,
	"slack_ts" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"claimed_until" timestamp with time zone,
	"period" text NOT NULL,
	"detected_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "digests" (
	"id" uuid PRIMARY KEY NOT NULL,
	"audience" text NOT NULL,
	"channel" text NOT NULL,
	"window_days" integer NOT NULL,
	"period" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"window_end" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"payload" jsonb NOT NULL,
	"pain_point_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"slack_ts" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"claimed_until" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "teams" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"slack_channel" text NOT NULL,
	"tags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"pain_point_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "teams_name_unique" UNIQUE("name")
);
--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_pain_point_id_pain_points_id_fk" FOREIGN KEY ("pain_point_id") REFERENCES "public"."pain_points"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "alerts_pain_point_idx" ON "alerts" USING btree ("pain_point_id","audience","detected_at");--> statement-breakpoint
CREATE UNIQUE INDEX "alerts_pain_point_period" ON "alerts" USING btree ("pain_point_id","audience","period");--> statement-breakpoint
CREATE UNIQUE INDEX "digests_audience_window_period" ON "digests" USING btree ("audience","window_days","period");--> statement-breakpoint
CREATE INDEX "digests_status_idx" ON "digests" USING btree ("status");