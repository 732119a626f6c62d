import postgres from "postgres";
import { createPgliteDb } from "../src/db/pglite";
import { createPostgresDb } from "../src/db/postgres";
import type { DbHandle } from "../src/db/types";

/** The server benches make their databases on: BENCH_DATABASE_URL, else the local one. */
export const BENCH_SERVER_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

/**
 * A migrated, empty database for one bench run: in-memory PGlite, or a database of its own on the
 * bench server, named `<prefix>_<time>` (its connection string in `url`); `drop()` closes it and,
 * on PostgreSQL, drops it.
 */
export async function openThrowawayDatabase(
  prefix: string,
  pglite: boolean,
): Promise<DbHandle & { url?: string; drop(): Promise<void> }> {
  if (pglite) {
    const handle = await createPgliteDb(undefined);
    await handle.migrate();
    return { ...handle, drop: () => handle.close() };
  }
  const name = `${prefix}_${Date.now().toString(36)}`;
  const admin = postgres(BENCH_SERVER_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(BENCH_SERVER_URL);
  url.pathname = `/${name}`;
  const handle = createPostgresDb(url.toString(), { max: 4 });
  await handle.migrate();
  return {
    ...handle,
    url: url.toString(),
    async drop() {
      await handle.close();
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}
