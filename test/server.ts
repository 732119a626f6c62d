import { type ChildProcess, spawn } from "node:child_process";
import { createInterface } from "node:readline";
import type { Database } from "../src/db/types";
import { createApiKey } from "../src/services/keys/keys";

export interface RunningServer {
  url: string;
  process: ChildProcess;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  stderr: () => string;
}

export interface StartOptions {
  /** The script to run; default the server, `src/server.ts`. */
  script?: string;
  /** Keep what the process writes on stderr for `stderr()` (default), or discard it (`false`, under load). */
  keepStderr?: boolean;
}

/**
 * `npm start` as a user runs it (node + tsx, no npm noise), on a free port; resolves once it listens
 * (its first line on stdout is `listening on http://…`).
 */
export function startServer(env: Record<string, string>, options: StartOptions = {}): Promise<RunningServer> {
  const { script = "src/server.ts", keepStderr = true } = options;
  const child = spawn(process.execPath, ["--import", "tsx", script], {
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", keepStderr ? "pipe" : "ignore"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.once("line", (line) => {
      const match = /listening on (http:\/\/\S+)/.exec(line);
      if (!match?.[1]) reject(new Error(`unexpected first line: ${line}`));
      else resolve({ url: match[1], process: child, exited, stderr: () => stderr });
    });
    exited.then((code) => reject(new Error(`server exited with ${code} before listening: ${stderr}`)));
  });
}

/**
 * The environment that points a server at `database`, and an admin key made in it. PostgreSQL: the
 * same database. PGlite is one process's database: the server gets `dataDir` of its own, migrated
 * and given the key through the CLI's code path before the server starts.
 */
export async function serverDatabase(
  database: { db: Database; url?: string | undefined },
  dataDir: string,
): Promise<{ env: Record<string, string>; adminKey: string }> {
  if (database.url) {
    return { env: { DATABASE_URL: database.url }, adminKey: (await createApiKey(database.db, "admin")).key };
  }
  const { createPgliteDb } = await import("../src/db/pglite");
  const handle = await createPgliteDb(dataDir);
  await handle.migrate();
  const adminKey = (await createApiKey(handle.db, "admin")).key;
  await handle.close();
  return { env: { DATABASE_URL: "", DATA_DIR: dataDir }, adminKey };
}
