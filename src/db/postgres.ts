import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema";
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
  const db = drizzle(client, { schema });
  return {
    db,
    kind: "postgres",
    async migrate() {
      const { migrate } = await import("drizzle-orm/postgres-js/migrator");
      const folder = options.migrationsFolder ?? "drizzle";
      // Two servers starting at once must not apply the same migration twice.
      await client.begin(async (tx) => {
        await tx`select pg_advisory_xact_lock(${MIGRATION_LOCK})`;
        await migrate(drizzle(tx as unknown as postgres.Sql, { schema }), { migrationsFolder: folder });
      });
    },
    async close() {
      await client.end({ timeout: 5 });
    },
  };
}

export async function pingDatabase(handle: DbHandle): Promise<void> {
  await handle.db.execute(sql`select 1`);
}
