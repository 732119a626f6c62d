import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import { type BrowserContext, chromium } from "playwright-core";
import { createApp } from "../../src/app";
import type { Database } from "../../src/db/types";
import { silentLogger } from "../../src/lib/logger";
import { createBatchingWriter } from "../../src/services/feedback/write";

/** Debian's Chromium; CI installs it (`apt-get install -y chromium`). */
export const CHROMIUM = "/usr/bin/chromium";
export const hasChromium = existsSync(CHROMIUM);

const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Chromium with a fresh profile of its own, removed on close. */
export async function launchChromium(
  options: {
    locale?: string;
    javaScriptEnabled?: boolean;
    viewport?: { width: number; height: number };
  } = {},
): Promise<Browser> {
  const userDataDir = await mkdtemp(join(tmpdir(), "chromium-profile-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    locale: options.locale ?? "en-US",
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: options.viewport ?? { width: 720, height: 900 },
    timeout: 60_000,
  });
  context.setDefaultTimeout(15_000);
  return {
    context,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

export interface LiveServer {
  url: string;
  close(): Promise<void>;
}

/** Serves `fetch` with @hono/node-server on 127.0.0.1, on a free port. */
export function listen(fetch: (request: Request) => Response | Promise<Response>): Promise<LiveServer> {
  return new Promise((resolve) => {
    const server = serve({ fetch, port: 0, hostname: "127.0.0.1" }, (info: AddressInfo) => {
      resolve({
        url: `http://127.0.0.1:${info.port}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            if ("closeAllConnections" in server) server.closeAllConnections();
          }),
      });
    });
  });
}

/** The app as src/server.ts builds it (batching writer included), listening on 127.0.0.1. */
export async function startLiveServer(db: Database): Promise<LiveServer> {
  const writer = createBatchingWriter(db);
  const app = createApp({ database: () => ({ db }), writeFeedback: writer.write, log: silentLogger });
  const server = await listen(app.fetch);
  return {
    url: server.url,
    async close() {
      await server.close();
      await writer.drain();
    },
  };
}
