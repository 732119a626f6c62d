import { jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * A product team and the Slack channel where it hears about its pain points. A pain point is the
 * team's when the team owns it by id, or when feedback of it carries one of the team's tags.
 */
export const teams = pgTable("teams", {
  id: uuid("id").primaryKey(),
  name: text("name").notNull().unique(),
  /** A channel id (C0123…) or name (#payments) the bot can post to. */
  slackChannel: text("slack_channel").notNull(),
  tags: jsonb("tags").$type<string[]>().notNull().default([]),
  painPointIds: jsonb("pain_point_ids").$type<string[]>().notNull().default([]),
  createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});

export type TeamRow = typeof teams.$inferSelect;
