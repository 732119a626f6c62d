import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { createApp } from "../../src/app";
import type { Database } from "../../src/db/types";
import { silentLogger } from "../../src/lib/logger";
import { createBatchingWriter } from "../../src/services/feedback/write";
import { createApiKey } from "../../src/services/keys/keys";
import { openTestDatabase } from "../db";

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

export interface FormSite extends LiveServer {
  /** Creates a form through the API as an admin; resolves with its id. */
  createForm(body: { name: string; allowedOrigins?: string[] }): Promise<string>;
  /** The form items matching `q`, read through the API as a lead. */
  findThroughApi(q: string): Promise<{ items: Array<Record<string, unknown>>; total: number }>;
}

/** A live server over a fresh embedded database, with an admin and a lead key. */
export async function startFormSite(): Promise<FormSite> {
  const database = await openTestDatabase("pglite");
  const server = await startLiveServer(database.db);
  const admin = (await createApiKey(database.db, "admin", "browser test")).key;
  const lead = (await createApiKey(database.db, "lead", "browser test")).key;
  return {
    url: server.url,
    async createForm(body) {
      const res = await fetch(`${server.url}/v1/forms`, {
        method: "POST",
        headers: { authorization: `Bearer ${admin}`, "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      if (res.status !== 201) throw new Error(`creating a form answered ${res.status}`);
      return (await res.json()).id;
    },
    async findThroughApi(q) {
      const res = await fetch(`${server.url}/v1/feedback?channel=form&q=${encodeURIComponent(q)}`, {
        headers: { authorization: `Bearer ${lead}` },
      });
      return res.json();
    },
    async close() {
      await server.close();
      await database.drop();
    },
  };
}
