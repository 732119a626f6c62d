import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import type { DbHandle } from "./types";

export interface PostgresOptions {
  /** Pool size. Workers want 1 (a client per request); the Node server wants a pool. */
  max?: number;
  /** Folder of the SQL migrations; needed only by `migrate()`. */
  migrationsFolder?: string;
}

// An arbitrary constant: every process that migrates this database takes the same lock.
const MIGRATION_LOCK = 727_272;

export function createPostgresDb(url: string, options: PostgresOptions = {}): DbHandle {
  const client = postgres(url, {
    max: options.max ?? 20,
    onnotice: () => {},
    // Workers have no long-lived sockets; prepared statements would be lost with the client anyway.
    prepare: options.max !== 1,
    connection: { application_name: "painpoint" },
  });
  const db = drizzle(client);
  return {
    db,
    kind: "postgres",
    async migrate() {
      const { migrate } = await import("drizzle-orm/postgres-js/migrator");
      // One connection of its own, holding a session lock, so that two servers starting at once
      // never apply the same migration twice.
      const single = postgres(url, { max: 1, onnotice: () => {} });
      try {
        await single`select pg_advisory_lock(${MIGRATION_LOCK})`;
        await migrate(drizzle(single), {
          migrationsFolder: options.migrationsFolder ?? "drizzle",
        });
      } finally {
        await single.end({ timeout: 5 });
      }
    },
    async close() {
      await client.end({ timeout: 5 });
    },
  };
}

export async function pingDatabase(handle: DbHandle): Promise<void> {
  await handle.db.execute(sql`select 1`);
}
