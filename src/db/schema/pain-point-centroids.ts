import { doublePrecision, jsonb, pgTable, timestamp, uuid } from "drizzle-orm/pg-core";
import { clusterRuns } from "./cluster-runs";
import { painPoints } from "./pain-points";

/**
 * The centre of each active pain point in the vector space of the run that built it: what the
 * next run matches its clusters against, and what new feedback is compared with between runs.
 */
export const painPointCentroids = pgTable("pain_point_centroids", {
  painPointId: uuid("pain_point_id")
    .primaryKey()
    .references(() => painPoints.id, { onDelete: "cascade" }),
  runId: uuid("run_id")
    .notNull()
    .references(() => clusterRuns.id, { onDelete: "cascade" }),
  /** Sparse and L2-normalized: `[feature, weight]` pairs, heaviest first. */
  centroid: jsonb("centroid").$type<Array<[string, number]>>().notNull(),
  /** Cosine similarity a new item needs to join this pain point between runs. */
  assignThreshold: doublePrecision("assign_threshold").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});

export type PainPointCentroidRow = typeof painPointCentroids.$inferSelect;
