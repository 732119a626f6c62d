import { integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * A recurring problem found by the clustering job. Its id survives re-clustering runs so that
 * trends and Slack links stay meaningful.
 */
export const painPoints = pgTable("pain_points", {
  id: uuid("id").primaryKey(),
  label: text("label").notNull(),
  keywords: jsonb("keywords").$type<string[]>().notNull().default([]),
  lang: text("lang"),
  size: integer("size").notNull().default(0),
  status: text("status").$type<"active" | "retired">().notNull().default("active"),
  createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});

export type PainPointRow = typeof painPoints.$inferSelect;
