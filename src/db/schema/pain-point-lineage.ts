import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { clusterRuns } from "./cluster-runs";
import { painPoints } from "./pain-points";

export const PAIN_POINT_CHANGES = [
  "new",
  "unchanged",
  "grown",
  "shrunk",
  "merged",
  "split",
  "retired",
] as const;
export type PainPointChange = (typeof PAIN_POINT_CHANGES)[number];

/**
 * What each clustering run did to each pain point, so that a pain point's history (and where a
 * retired one went) can be followed from run to run.
 */
export const painPointLineage = pgTable(
  "pain_point_lineage",
  {
    runId: uuid("run_id")
      .notNull()
      .references(() => clusterRuns.id, { onDelete: "cascade" }),
    painPointId: uuid("pain_point_id")
      .notNull()
      .references(() => painPoints.id, { onDelete: "cascade" }),
    change: text("change").$type<PainPointChange>().notNull(),
    size: integer("size").notNull(),
    previousSize: integer("previous_size"),
    /**
     * merged: the pain points absorbed; split: the one it split from; retired: the one it merged
     * into, if any.
     */
    relatedIds: jsonb("related_ids").$type<string[]>().notNull().default([]),
  },
  (t) => [
    primaryKey({ columns: [t.runId, t.painPointId] }),
    index("pain_point_lineage_pain_point_idx").on(t.painPointId),
    check(
      "pain_point_lineage_change_check",
      sql`${t.change} in ('new', 'unchanged', 'grown', 'shrunk', 'merged', 'split', 'retired')`,
    ),
  ],
);

export type PainPointLineageRow = typeof painPointLineage.$inferSelect;
