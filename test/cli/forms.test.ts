import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import { createPgliteDb } from "../../src/db/pglite";
import { silentLogger } from "../../src/lib/logger";
import { runCli } from "../cli";

describe("cli forms create", () => {
  let dataDir: string;
  const env = () => ({ DATA_DIR: dataDir, DATABASE_URL: "" });
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "forms-cli-"));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it("prints the new form's id alone as the last line, and the form serves its page", async () => {
    const result = await runCli(
      [
        "forms",
        "create",
        "--name",
        "Help centre",
        "--origin",
        "https://Help.Example.com/",
        "--origin",
        "http://localhost:3000",
      ],
      { env: env() },
    );
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split("\n");
    const id = lines.at(-1) ?? "";
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(result.stderr).toContain("https://help.example.com, http://localhost:3000");

    const handle = await createPgliteDb(dataDir);
    try {
      const app = createApp({ database: () => ({ db: handle.db }), log: silentLogger });
      const page = await app.request(`/forms/${id}`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain("Help centre");
      expect(page.headers.get("content-security-policy")).toContain(
        "frame-ancestors 'self' https://help.example.com http://localhost:3000",
      );
    } finally {
      await handle.close();
    }
  });

  it("lists the forms, one tab-separated line each", async () => {
    const created = await runCli(["forms", "create", "--name", "Listed", "--origin", "https://a.example"], {
      env: env(),
    });
    const id = created.stdout.trim().split("\n").at(-1);
    const list = await runCli(["forms", "list"], { env: env() });
    expect(list.code).toBe(0);
    expect(list.stdout.split("\n")).toContain(`${id}\tListed\thttps://a.example`);
  });

  it("refuses a missing name or an invalid origin with a one-line reason and exit 2", async () => {
    const noName = await runCli(["forms", "create"], { env: env() });
    expect(noName.code).toBe(2);
    expect(noName.stderr.trim()).toBe("error: forms create needs --name NAME");
    const badOrigin = await runCli(["forms", "create", "--name", "x", "--origin", "example.com"], {
      env: env(),
    });
    expect(badOrigin.code).toBe(2);
    expect(badOrigin.stderr.trim().split("\n")).toHaveLength(1);
    expect(badOrigin.stderr).toContain("example.com");
    expect(badOrigin.stdout).toBe("");
  });

  it("has --help", async () => {
    const help = await runCli(["forms", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^usage: cli forms create --name NAME \[--origin URL\]\.\.\./);
  });
});
