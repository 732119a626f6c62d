import { createApp } from "../src/app";
import type { Role } from "../src/db/schema";
import type { Database } from "../src/db/types";
import { silentLogger } from "../src/lib/logger";
import { createBatchingWriter } from "../src/services/feedback/write";
import { createApiKey } from "../src/services/keys/keys";

export interface TestClient {
  app: ReturnType<typeof createApp>;
  keys: Record<Role, string>;
  /** A request with the key of `as` (none when `as` is undefined); a non-string body is sent as JSON. */
  request(
    method: string,
    path: string,
    options?: { as?: Role | undefined; key?: string; body?: unknown; headers?: Record<string, string> },
  ): Promise<Response>;
}

/** The app as the Node server builds it (batching writer included), with one key per role. */
export async function createTestClient(db: Database): Promise<TestClient> {
  const writer = createBatchingWriter(db);
  const app = createApp({ database: () => ({ db }), writeFeedback: writer.write, log: silentLogger });
  const keys = {
    ingest: (await createApiKey(db, "ingest", "test ingest")).key,
    lead: (await createApiKey(db, "lead", "test lead")).key,
    admin: (await createApiKey(db, "admin", "test admin")).key,
  };
  return {
    app,
    keys,
    request(method, path, options = {}) {
      const headers: Record<string, string> = { ...options.headers };
      const key = options.key ?? (options.as ? keys[options.as] : undefined);
      if (key) headers.authorization = `Bearer ${key}`;
      let body: BodyInit | undefined;
      if (typeof options.body === "string") body = options.body;
      else if (options.body !== undefined) {
        body = JSON.stringify(options.body);
        headers["content-type"] ??= "application/json";
      }
      return Promise.resolve(app.request(path, { method, headers, body }));
    },
  };
}
