import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import type { DbHandle } from "./types";

/**
 * The embedded database: PostgreSQL compiled to WebAssembly, kept under `dataDir`
 * (or in memory when `dataDir` is undefined, as the tests use it).
 */
export async function createPgliteDb(
  dataDir: string | undefined,
  migrationsFolder = "drizzle",
): Promise<DbHandle> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const client = dataDir ? new PGlite(dataDir) : new PGlite();
  await client.waitReady;
  const db = drizzle(client);
  return {
    db,
    kind: "pglite",
    async migrate() {
      const { migrate } = await import("drizzle-orm/pglite/migrator");
      await migrate(db, { migrationsFolder });
    },
    async close() {
      await client.close();
    },
  };
}
