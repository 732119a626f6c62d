import type { DbHandle } from "./types";

export interface DbConfig {
  databaseUrl?: string | undefined;
  dataDir: string;
  migrationsFolder?: string;
}

/** PostgreSQL through postgres.js when a URL is configured, else the embedded PGlite under `dataDir`. */
export async function createDb(config: DbConfig): Promise<DbHandle> {
  if (config.databaseUrl) {
    const { createPostgresDb } = await import("./postgres");
    return createPostgresDb(config.databaseUrl, { migrationsFolder: config.migrationsFolder });
  }
  // Imported lazily so that the Worker bundle and postgres-only processes never load WebAssembly.
  const { createPgliteDb } = await import("./pglite");
  return createPgliteDb(config.dataDir, config.migrationsFolder);
}
