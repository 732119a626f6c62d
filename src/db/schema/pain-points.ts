import { type AnyPgColumn, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * A recurring problem found by the clustering job. Its id survives re-clustering runs so that
 * trends and Slack links stay meaningful.
 */
export const painPoints = pgTable("pain_points", {
  id: uuid("id").primaryKey(),
  label: text("label").notNull(),
  keywords: jsonb("keywords").$type<string[]>().notNull().default([]),
  lang: text("lang"),
  /** Feedback items assigned now: the last run's members plus those assigned between runs. */
  size: integer("size").notNull().default(0),
  status: text("status").$type<"active" | "retired">().notNull().default("active"),
  createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  /** Members as of the last clustering run: what the next run compares with to say grown or shrunk. */
  clusteredSize: integer("clustered_size").notNull().default(0),
  /** Feedback ids of the quotes closest to the centroid, best first. */
  representativeIds: jsonb("representative_ids").$type<string[]>().notNull().default([]),
  /** The run that last confirmed (or created, or retired) this pain point. */
  lastRunId: uuid("last_run_id"),
  retiredAt: timestamp("retired_at", { withTimezone: true, mode: "date" }),
  /** Set when the pain point was retired because its members joined another one. */
  mergedInto: uuid("merged_into").references((): AnyPgColumn => painPoints.id, { onDelete: "set null" }),
});

export type PainPointRow = typeof painPoints.$inferSelect;
export type PainPointStatus = PainPointRow["status"];
