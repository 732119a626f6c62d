import { serve } from "@hono/node-server";
import { createApp } from "./app";
import { loadConfig } from "./config";
import { createDb } from "./db/client";
import { createLogger } from "./lib/logger";
import { createBatchingWriter } from "./services/feedback/write";

// How long in-flight requests get to finish after SIGTERM before the process ends anyway.
const SHUTDOWN_GRACE_MS = 10_000;

async function main() {
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL);
  const handle = await createDb({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  await handle.migrate();
  const writer = createBatchingWriter(handle.db);
  const app = createApp({
    database: () => ({ db: handle.db }),
    writeFeedback: writer.write,
    log,
    forms: { trustProxy: config.TRUST_PROXY },
  });

  const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
    const host = info.family === "IPv6" ? `[${info.address}]` : info.address;
    process.stdout.write(`listening on http://${host}:${info.port}\n`);
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info("shutting down", { signal });
    const force = setTimeout(() => {
      log.warn("in-flight requests did not finish in time; exiting");
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    force.unref();
    // Stop accepting, let in-flight requests finish, then flush writes and close the pool.
    server.close(async () => {
      await writer.drain();
      await handle.close();
      clearTimeout(force);
      process.exit(0);
    });
    // Keep-alive connections become idle as their last request finishes: close them as they do.
    if ("closeIdleConnections" in server) {
      server.closeIdleConnections();
      setInterval(() => server.closeIdleConnections(), 100).unref();
    }
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

main().catch((error: unknown) => {
  process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
