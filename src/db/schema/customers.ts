import { pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * One row per customer we have heard from. The key is the sender's customer id when given,
 * else the lowercased email; feedback rows carry the same key, so counts of distinct customers
 * never need a join.
 */
export const customers = pgTable("customers", {
  key: text("key").primaryKey(),
  externalId: text("external_id"),
  email: text("email"),
  name: text("name"),
  firstSeenAt: timestamp("first_seen_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});
