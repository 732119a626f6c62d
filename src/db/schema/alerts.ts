import {
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { DigestPayload } from "./digests";
import { painPoints } from "./pain-points";

export type AlertStatus = "pending" | "sent";

/**
 * A spike alert: recorded before sending, marked sent with Slack's `ts`. The latest alert of a pain
 * point starts its cooldown, so the same spike never alerts twice.
 */
export const alerts = pgTable(
  "alerts",
  {
    id: uuid("id").primaryKey(),
    painPointId: uuid("pain_point_id")
      .notNull()
      .references(() => painPoints.id, { onDelete: "cascade" }),
    audience: text("audience").notNull(),
    channel: text("channel").notNull(),
    /** Feedback in the 24 hours before `detectedAt`. */
    count: integer("count").notNull(),
    /** Mean daily feedback over the baseline days. */
    baseline: doublePrecision("baseline").notNull(),
    zScore: doublePrecision("z_score").notNull(),
    status: text("status").$type<AlertStatus>().notNull().default("pending"),
    payload: jsonb("payload").$type<DigestPayload>().notNull(),
    slackTs: text("slack_ts"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    claimedUntil: timestamp("claimed_until", { withTimezone: true, mode: "date" }),
    /** The UTC day of detection: two runs at once cannot both record an alert for it. */
    period: text("period").notNull(),
    detectedAt: timestamp("detected_at", { withTimezone: true, mode: "date" }).notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [
    index("alerts_pain_point_idx").on(t.painPointId, t.audience, t.detectedAt),
    uniqueIndex("alerts_pain_point_period").on(t.painPointId, t.audience, t.period),
  ],
);

export type AlertRow = typeof alerts.$inferSelect;
