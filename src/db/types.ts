import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";

/**
 * The drizzle database, whichever driver is underneath (PGlite or postgres.js). Built without the
 * schema: nothing uses the relational `db.query` API, and building its config per client costs time
 * (per request on a Worker).
 */
export type Database = PgDatabase<PgQueryResultHKT>;

export interface DbHandle {
  db: Database;
  kind: "pglite" | "postgres";
  /** Applies pending migrations from `drizzle/`; safe to call from several processes at once. */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

/** Rows of a `db.execute()` result: postgres.js answers an array, PGlite an object with `rows`. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
