CREATE TABLE "cluster_runs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone,
	"duration_ms" integer,
	"params" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"item_count" integer,
	"pain_point_count" integer,
	"outlier_count" integer,
	"summary" jsonb,
	"model" jsonb,
	"error" text,
	CONSTRAINT "cluster_runs_status_check" CHECK ("cluster_runs"."status" in ('running', 'succeeded', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "pain_point_centroids" (
	"pain_point_id" uuid PRIMARY KEY NOT NULL,
	"run_id" uuid NOT NULL,
	"centroid" jsonb NOT NULL,
	"assign_threshold" double precision NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pain_point_lineage" (
	"run_id" uuid NOT NULL,
	"pain_point_id" uuid NOT NULL,
	"change" text NOT NULL,
	"size" integer NOT NULL,
	"previous_size" integer,
	"related_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	CONSTRAINT "pain_point_lineage_run_id_pain_point_id_pk" PRIMARY KEY("run_id","pain_point_id"),
	CONSTRAINT "pain_point_lineage_change_check" CHECK ("pain_point_lineage"."change" in ('new', 'unchanged', 'grown', 'shrunk', 'merged', 'split', 'retired'))
);
--> statement-breakpoint
ALTER TABLE "pain_points" ADD COLUMN "clustered_size" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "pain_points" ADD COLUMN "representative_ids" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "pain_points" ADD COLUMN "last_run_id" uuid;--> statement-breakpoint
ALTER TABLE "pain_points" ADD COLUMN "retired_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "pain_points" ADD COLUMN "merged_into" uuid;--> statement-breakpoint
ALTER TABLE "pain_point_centroids" ADD CONSTRAINT "pain_point_centroids_pain_point_id_pain_points_id_fk" FOREIGN KEY ("pain_point_id") REFERENCES "public"."pain_points"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pain_point_centroids" ADD CONSTRAINT "pain_point_centroids_run_id_cluster_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."cluster_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pain_point_lineage" ADD CONSTRAINT "pain_point_lineage_run_id_cluster_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."cluster_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pain_point_lineage" ADD CONSTRAINT "pain_point_lineage_pain_point_id_pain_points_id_fk" FOREIGN KEY ("pain_point_id") REFERENCES "public"."pain_points"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cluster_runs_status_started_idx" ON "cluster_runs" USING btree ("status","started_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "pain_point_lineage_pain_point_idx" ON "pain_point_lineage" USING btree ("pain_point_id");--> statement-breakpoint
ALTER TABLE "pain_points" ADD CONSTRAINT "pain_points_merged_into_pain_points_id_fk" FOREIGN KEY ("merged_into") REFERENCES "public"."pain_points"("id") ON DELETE set null ON UPDATE no action;