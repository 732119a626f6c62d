import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import { createPgliteDb } from "../../src/db/pglite";
import { silentLogger } from "../../src/lib/logger";
import { runCli } from "../cli";
import { fixture } from "./helpers";

describe("cli integrations", () => {
  let dataDir: string;
  const env = () => ({ DATA_DIR: dataDir, DATABASE_URL: "" });
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "integrations-cli-"));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it("creates an integration whose secret and path accept a delivery, and lists it without the secret", async () => {
    const created = await runCli(
      ["integrations", "create", "--provider", "mentions", "--name", "Listening"],
      {
        env: env(),
      },
    );
    expect(created.code).toBe(0);
    const integration = JSON.parse(created.stdout.trim());
    expect(integration.webhookPath).toBe(`/v1/webhooks/mentions/${integration.id}`);

    const listed = await runCli(["integrations", "list"], { env: env() });
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain(integration.id);
    expect(listed.stdout).not.toContain(integration.secret);

    const handle = await createPgliteDb(dataDir);
    try {
      const app = createApp({ database: () => ({ db: handle.db }), log: silentLogger });
      const res = await app.request(integration.webhookPath, {
        method: "POST",
        headers: { authorization: `Bearer ${integration.secret}`, "content-type": "application/json" },
        body: fixture("mention-arabic.json"),
      });
      expect(res.status).toBe(201);
    } finally {
      await handle.close();
    }
  });

  it("exits non-zero with one line for an unknown provider or integration", async () => {
    const bad = await runCli(["integrations", "create", "--provider", "hubspot", "--name", "x"], {
      env: env(),
    });
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
    const missing = await runCli(["integrations", "delete", "0192f6e0-0000-7000-8000-000000000000"], {
      env: env(),
    });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("no integration with id");
  });
});
