import { beforeAll, expect, it } from "vitest";
import type { Role } from "../../src/db/schema";
import { revokeApiKey } from "../../src/services/keys/keys";
import { createKeyVerifier } from "../../src/services/keys/verify";
import { createTestClient, type TestClient } from "../app";
import { describeEachDatabase } from "../db";

const item = { channel: "form", text: "roles test" };

describeEachDatabase("feedback: who may do what", (database) => {
  let client: TestClient;
  let id: string;
  beforeAll(async () => {
    client = await createTestClient(database().db);
    id = (await (await client.request("POST", "/v1/feedback", { as: "ingest", body: item })).json()).id;
  });

  const routes = () =>
    [
      ["POST", "/v1/feedback", item, ["ingest", "admin"]],
      ["POST", "/v1/feedback/batch", { items: [item] }, ["ingest", "admin"]],
      ["GET", "/v1/feedback", undefined, ["lead", "admin"]],
      ["GET", `/v1/feedback/${id}`, undefined, ["lead", "admin"]],
      ["PUT", `/v1/feedback/${id}/tags`, { tags: ["billing"] }, ["lead", "admin"]],
    ] as const;

  it("each route refuses the roles that lack the right with 403 and admits the others", async () => {
    for (const [method, path, body, allowed] of routes()) {
      for (const role of ["ingest", "lead", "admin"] as Role[]) {
        const res = await client.request(method, path, { as: role, body });
        if ((allowed as readonly Role[]).includes(role))
          expect(res.status, `${role} ${method} ${path}`).toBeLessThan(300);
        else expect(res.status, `${role} ${method} ${path}`).toBe(403);
      }
    }
  });

  it("no key, a malformed header or an unknown key is 401 with a challenge", async () => {
    for (const [method, path, body] of routes()) {
      const attempts: Array<Record<string, string>> = [
        {},
        { authorization: "Basic abc" },
        { authorization: "Bearer pp_not-a-real-key" },
      ];
      for (const headers of attempts) {
        const res = await client.request(method, path, { body, headers });
        expect(res.status).toBe(401);
        expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
      }
    }
  });

  it("a revoked key stops working", async () => {
    const { createApiKey } = await import("../../src/services/keys/keys");
    const key = await createApiKey(database().db, "lead");
    const verifier = createKeyVerifier({ ttlMs: 0 });
    expect(await verifier.verify(database().db, key.key)).toMatchObject({ role: "lead" });
    await revokeApiKey(database().db, key.id);
    expect(await verifier.verify(database().db, key.key)).toBeNull();
  });

  it("stores only a hash of each key", async () => {
    const { sql } = await import("drizzle-orm");
    const rows = await database().db.execute(sql`select key_hash, prefix from api_keys`);
    const text = JSON.stringify(rows);
    for (const key of Object.values(client.keys)) expect(text).not.toContain(key);
  });
});
