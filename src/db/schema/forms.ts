import { sql } from "drizzle-orm";
import { pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * A suggestion form customers fill in at `GET /forms/{id}`. Its allowed origins may embed the page
 * in an iframe and post to its submissions endpoint from their own pages (CORS).
 */
export const forms = pgTable("forms", {
  id: uuid("id").primaryKey(),
  name: text("name").notNull(),
  // The `source` of the feedback items this form stores.
  source: text("source").notNull().default("website-form"),
  // Normalized origins (`https://example.com`, `http://localhost:3000`), no trailing slash.
  allowedOrigins: text("allowed_origins").array().notNull().default(sql`'{}'::text[]`),
  createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});

export type FormRow = typeof forms.$inferSelect;
export type NewFormRow = typeof forms.$inferInsert;
