import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

export type DigestStatus = "pending" | "sent" | "superseded";

/** The Slack message as recorded before sending, so a retry sends exactly what was ranked. */
export interface DigestPayload {
  text: string;
  blocks: unknown[];
}

/**
 * One digest per audience (a team, or the default channel), window length and day. Recorded as
 * `pending` before it is sent and marked `sent` with Slack's `ts` after, so a rerun the same day
 * sends nothing new and a failed send is retried by the next run.
 */
export const digests = pgTable(
  "digests",
  {
    id: uuid("id").primaryKey(),
    /** The team's id, or `default` for `SLACK_CHANNEL`. */
    audience: text("audience").notNull(),
    channel: text("channel").notNull(),
    windowDays: integer("window_days").notNull(),
    /** The UTC day (YYYY-MM-DD) of the window's end: at most one digest per audience, window and day. */
    period: text("period").notNull(),
    windowStart: timestamp("window_start", { withTimezone: true, mode: "date" }).notNull(),
    windowEnd: timestamp("window_end", { withTimezone: true, mode: "date" }).notNull(),
    status: text("status").$type<DigestStatus>().notNull().default("pending"),
    payload: jsonb("payload").$type<DigestPayload>().notNull(),
    painPointIds: jsonb("pain_point_ids").$type<string[]>().notNull().default([]),
    slackTs: text("slack_ts"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    /** Set while a run is sending it, so two runs at once never post it twice. */
    claimedUntil: timestamp("claimed_until", { withTimezone: true, mode: "date" }),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [
    uniqueIndex("digests_audience_window_period").on(t.audience, t.windowDays, t.period),
    index("digests_status_idx").on(t.status),
  ],
);

export type DigestRow = typeof digests.$inferSelect;
