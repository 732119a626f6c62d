import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const CLUSTER_RUN_STATUSES = ["running", "succeeded", "failed"] as const;
export type ClusterRunStatus = (typeof CLUSTER_RUN_STATUSES)[number];

/**
 * One row per clustering job. A run is recorded as `running` before any work, and becomes
 * `succeeded` in the same transaction that switches the pain points over, so a crashed run stays
 * `running` and changed nothing else.
 */
export const clusterRuns = pgTable(
  "cluster_runs",
  {
    id: uuid("id").primaryKey(),
    status: text("status").$type<ClusterRunStatus>().notNull(),
    startedAt: timestamp("started_at", { withTimezone: true, mode: "date" }).notNull(),
    finishedAt: timestamp("finished_at", { withTimezone: true, mode: "date" }),
    durationMs: integer("duration_ms"),
    /** What the caller asked for: `{ k?, seed? }`. */
    params: jsonb("params").$type<Record<string, unknown>>().notNull().default({}),
    itemCount: integer("item_count"),
    painPointCount: integer("pain_point_count"),
    outlierCount: integer("outlier_count"),
    /** The job's summary (new, grown, shrunk, merged, split, retired pain points). */
    summary: jsonb("summary").$type<Record<string, unknown>>(),
    /** What assigning new feedback between runs needs of the run's vector space (idf of features). */
    model: jsonb("model").$type<Record<string, unknown>>(),
    error: text("error"),
  },
  (t) => [
    index("cluster_runs_status_started_idx").on(t.status, t.startedAt.desc()),
    check("cluster_runs_status_check", sql`${t.status} in ('running', 'succeeded', 'failed')`),
  ],
);

export type ClusterRunRow = typeof clusterRuns.$inferSelect;
