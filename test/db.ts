import postgres from "postgres";
import { afterAll, beforeAll, describe } from "vitest";
import { createPgliteDb } from "../src/db/pglite";
import { createPostgresDb } from "../src/db/postgres";
import type { DbHandle } from "../src/db/types";

export type DatabaseKind = "pglite" | "postgres";

/** PGlite always; PostgreSQL too when DATABASE_URL is set (as in CI). */
export const databaseKinds: DatabaseKind[] = process.env.DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];

export interface TestDatabase extends DbHandle {
  /** For PostgreSQL: the connection string of this suite's own database. */
  url?: string;
  /** Closes the connection and, on PostgreSQL, drops the suite's database. */
  drop(): Promise<void>;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** A migrated, empty database of its own: in-memory PGlite, or a fresh database on the PostgreSQL server. */
export async function openTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === "pglite") {
    const handle = await createPgliteDb(undefined);
    await handle.migrate();
    return { ...handle, drop: () => handle.close() };
  }
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error("DATABASE_URL is not set");
  const name = `pp_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = withDatabase(serverUrl, name);
  const handle = createPostgresDb(url, { max: 10 });
  const dropDatabase = async () => {
    await handle.close();
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end();
  };
  // A database that could not be set up is dropped at once: no suite would ever drop it.
  await handle.migrate().catch(async (error: unknown) => {
    await dropDatabase();
    throw error;
  });
  return {
    ...handle,
    url,
    drop: dropDatabase,
  };
}

/**
 * Runs `body` once per database kind, each with a database of its own for the whole describe block.
 * Tests inside seed their own data and must not depend on each other's.
 */
export function describeEachDatabase(title: string, body: (database: () => TestDatabase) => void): void {
  describe.each(databaseKinds)(`${title} [%s]`, (kind) => {
    let database: TestDatabase | undefined;
    beforeAll(async () => {
      database = await openTestDatabase(kind);
    });
    afterAll(async () => {
      await database?.drop();
    });
    body(() => {
      if (!database) throw new Error("the test database is not open yet");
      return database;
    });
  });
}
