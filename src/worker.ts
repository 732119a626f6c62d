import type { ExportedHandler } from "@cloudflare/workers-types";
import { createApp } from "./app";
import { createPostgresDb } from "./db/postgres";
import type { DbHandle } from "./db/types";
import { createLogger } from "./lib/logger";

export type Env = {
  DATABASE_URL?: string;
  HYPERDRIVE?: { connectionString: string };
  LOG_LEVEL?: "debug" | "info" | "warn" | "error" | "silent";
  SLACK_BOT_TOKEN?: string;
  SLACK_CHANNEL?: string;
  SLACK_API_URL?: string;
  PUBLIC_URL?: string;
};

function connectionString(env: Env): string {
  const url = env.HYPERDRIVE?.connectionString ?? env.DATABASE_URL;
  if (!url)
    throw new Error("set DATABASE_URL (a secret, or .dev.vars under wrangler dev) or bind HYPERDRIVE");
  return url;
}

/** A client per request: Workers cannot keep sockets between requests (Hyperdrive pools for us). */
function openDatabase(env: Env): DbHandle {
  return createPostgresDb(connectionString(env), { max: 1 });
}

const log = createLogger("info", (chunk) => console.log(chunk.trimEnd()));

const app = createApp({
  database: (c) => {
    const handle = openDatabase(c.env as Env);
    return { db: handle.db, release: () => handle.close() };
  },
  log,
});

export default {
  // Hono is typed against the standard Request; the Workers types describe the same object.
  fetch: (request, env, ctx) => app.fetch(request as unknown as Request, env, ctx as never) as never,
  // Awaited rather than handed to waitUntil: the runtime keeps the invocation alive until the
  // jobs are done, and a failure marks the cron run as failed.
  async scheduled(controller, env) {
    const { runScheduledJobs } = await import("../jobs/scheduled");
    const handle = openDatabase(env);
    try {
      await runScheduledJobs({
        db: handle.db,
        env,
        log,
        now: new Date(controller.scheduledTime),
        cron: controller.cron,
      });
    } finally {
      await handle.close();
    }
  },
} satisfies ExportedHandler<Env>;
