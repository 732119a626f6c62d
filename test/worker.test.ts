import { type ChildProcess, spawn } from "node:child_process";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "../src/db/types";
import { createApiKey } from "../src/services/keys/keys";
import { openTestDatabase, type TestDatabase } from "./db";

// The Worker never uses the embedded database: this suite needs PostgreSQL (CI sets DATABASE_URL).
const withPostgres = process.env.DATABASE_URL ? describe : describe.skip;

withPostgres("the Worker under wrangler dev (workerd) against PostgreSQL", () => {
  let database: TestDatabase;
  let wrangler: ChildProcess;
  let base: string;
  const keys = { ingest: "", lead: "" };

  beforeAll(async () => {
    database = await openTestDatabase("postgres");
    keys.ingest = (await createApiKey(database.db, "ingest")).key;
    keys.lead = (await createApiKey(database.db, "lead")).key;
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    base = `http://127.0.0.1:${port}`;
    wrangler = spawn(
      "node_modules/.bin/wrangler",
      [
        "dev",
        "--ip",
        "127.0.0.1",
        "--port",
        String(port),
        "--test-scheduled",
        "--var",
        `DATABASE_URL:${database.url}`,
      ],
      {
        env: { ...process.env, WRANGLER_SEND_METRICS: "false", CI: "true" },
        stdio: process.env.DEBUG_WRANGLER ? "inherit" : "ignore",
      },
    );
    const deadline = Date.now() + 90_000;
    for (;;) {
      const ok = await fetch(`${base}/healthz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      if (Date.now() > deadline) throw new Error("wrangler dev did not answer within 90 s");
      await new Promise((r) => setTimeout(r, 500));
    }
  }, 120_000);

  afterAll(async () => {
    wrangler?.kill("SIGTERM");
    await database?.drop();
  });

  it("stores feedback posted through the Worker and reads it back", async () => {
    const text = "التطبيق يغلق عند الدفع — האפליקציה נסגרת";
    const posted = await fetch(`${base}/v1/feedback`, {
      method: "POST",
      headers: { authorization: `Bearer ${keys.ingest}`, "content-type": "application/json" },
      body: JSON.stringify({ channel: "social", source: "worker-test", externalId: "w-1", text }),
    });
    expect(posted.status).toBe(201);
    const { id } = (await posted.json()) as { id: string };
    const again = await fetch(`${base}/v1/feedback`, {
      method: "POST",
      headers: { authorization: `Bearer ${keys.ingest}`, "content-type": "application/json" },
      body: JSON.stringify({ channel: "social", source: "worker-test", externalId: "w-1", text }),
    });
    expect(again.status).toBe(200);
    const read = await fetch(`${base}/v1/feedback/${id}`, {
      headers: { authorization: `Bearer ${keys.lead}` },
    });
    expect(await read.json()).toMatchObject({ id, text, lang: "ar" });
    const bad = await fetch(`${base}/v1/feedback`, {
      method: "POST",
      headers: { authorization: `Bearer ${keys.ingest}`, "content-type": "application/json" },
      body: "{broken",
    });
    expect(bad.status).toBe(400);
    expect(bad.headers.get("content-type")).toMatch(/problem\+json/);
  });

  it("runs the nightly clustering job from its cron trigger", async () => {
    const complaints = [
      "my card was declined at the shop",
      "card declined again when paying",
      "why was my card declined today",
      "refund has not arrived yet",
      "still waiting for my refund",
      "where is my refund, it has been two weeks",
    ];
    for (const [i, text] of complaints.entries()) {
      await fetch(`${base}/v1/feedback`, {
        method: "POST",
        headers: { authorization: `Bearer ${keys.ingest}`, "content-type": "application/json" },
        body: JSON.stringify({ channel: "ticket", source: "cron-test", externalId: `c-${i}`, text }),
      });
    }
    const res = await fetch(`${base}/__scheduled?cron=${encodeURIComponent("0 3 * * *")}`);
    expect(res.status).toBe(200);
    const runs = rowsOf<{ count: number }>(
      await database.db.execute(sql`select count(*)::int as count from pain_points where status = 'active'`),
    );
    expect(runs[0]?.count).toBeGreaterThan(0);
    const assigned = rowsOf<{ count: number }>(
      await database.db.execute(
        sql`select count(*)::int as count from feedback where pain_point_id is not null`,
      ),
    );
    expect(assigned[0]?.count).toBeGreaterThan(0);
  });
});
