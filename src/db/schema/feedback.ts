import { sql } from "drizzle-orm";
import {
  check,
  doublePrecision,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { painPoints } from "./pain-points";

export const CHANNELS = ["form", "ticket", "social"] as const;
export type Channel = (typeof CHANNELS)[number];

export interface CustomerRef {
  id?: string;
  email?: string;
  name?: string;
}

export const feedback = pgTable(
  "feedback",
  {
    id: uuid("id").primaryKey(),
    channel: text("channel").$type<Channel>().notNull(),
    // '' when the sender gave none, so that (channel, source, external_id) can be a plain unique key.
    source: text("source").notNull().default(""),
    externalId: text("external_id"),
    text: text("text").notNull(),
    // Lowercased, NFKC, diacritics stripped: what `q` searches, so that Arabic and Hebrew match
    // with or without harakat and niqqud.
    searchText: text("search_text").notNull(),
    lang: text("lang"),
    customerKey: text("customer_key"),
    customer: jsonb("customer").$type<CustomerRef>(),
    rating: doublePrecision("rating"),
    metadata: jsonb("metadata").$type<Record<string, unknown>>(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
    receivedAt: timestamp("received_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    painPointId: uuid("pain_point_id").references(() => painPoints.id, { onDelete: "set null" }),
  },
  (t) => [
    uniqueIndex("feedback_delivery_key")
      .on(t.channel, t.source, t.externalId)
      .where(sql`${t.externalId} is not null`),
    index("feedback_created_idx").on(t.createdAt.desc(), t.id.desc()),
    index("feedback_pain_point_idx").on(t.painPointId, t.createdAt),
    index("feedback_customer_idx").on(t.customerKey),
    check("feedback_channel_check", sql`${t.channel} in ('form', 'ticket', 'social')`),
  ],
);

export const feedbackTags = pgTable(
  "feedback_tags",
  {
    feedbackId: uuid("feedback_id")
      .notNull()
      .references(() => feedback.id, { onDelete: "cascade" }),
    tag: text("tag").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.feedbackId, t.tag] }), index("feedback_tags_tag_idx").on(t.tag)],
);

export type FeedbackRow = typeof feedback.$inferSelect;
export type NewFeedbackRow = typeof feedback.$inferInsert;
