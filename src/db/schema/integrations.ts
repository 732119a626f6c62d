import { sql } from "drizzle-orm";
import { check, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const PROVIDERS = ["zendesk", "intercom", "freshdesk", "mentions"] as const;
export type Provider = (typeof PROVIDERS)[number];

/** A source that delivers feedback by webhook to `/v1/webhooks/{provider}/{id}`. */
export const integrations = pgTable(
  "integrations",
  {
    id: uuid("id").primaryKey(),
    provider: text("provider").$type<Provider>().notNull(),
    name: text("name").notNull(),
    // Kept as given, not hashed: verifying an HMAC needs the key itself. Never logged, never listed.
    secret: text("secret").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    secretUpdatedAt: timestamp("secret_updated_at", { withTimezone: true, mode: "date" })
      .notNull()
      .defaultNow(),
  },
  (t) => [
    check(
      "integrations_provider_check",
      sql`${t.provider} in ('zendesk', 'intercom', 'freshdesk', 'mentions')`,
    ),
  ],
);

export type IntegrationRow = typeof integrations.$inferSelect;
