import { pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const ROLES = ["ingest", "lead", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const apiKeys = pgTable("api_keys", {
  id: uuid("id").primaryKey(),
  name: text("name"),
  role: text("role").$type<Role>().notNull(),
  // SHA-256 of the key, hex. The key itself is shown once and never stored.
  keyHash: text("key_hash").notNull().unique(),
  // The first characters of the key, to tell keys apart in listings.
  prefix: text("prefix").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  lastUsedAt: timestamp("last_used_at", { withTimezone: true, mode: "date" }),
  revokedAt: timestamp("revoked_at", { withTimezone: true, mode: "date" }),
});

export type ApiKeyRow = typeof apiKeys.$inferSelect;
