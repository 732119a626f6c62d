import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { listFeedback } from "../../src/services/feedback/list";
import { importFile } from "../../src/services/import/run";
import { runCli } from "../cli";
import { describeEachDatabase } from "../db";

const messyCsv = join(import.meta.dirname, "../fixtures/messy.csv");

describeEachDatabase("import", (database) => {
  it("loads a messy CSV, names the rejected lines and their reasons, and is idempotent", async () => {
    const { db } = database();
    const first = await importFile(db, messyCsv);
    expect(first.imported).toBe(3);
    // Z-1 appears twice in the file: the second is the same delivery.
    expect(first.duplicates).toBe(1);
    expect(first.rejected).toEqual([
      { line: 5, reason: "text: must not be blank" },
      { line: 6, reason: expect.stringMatching(/^channel: /) },
      { line: 9, reason: expect.stringMatching(/^rating: /) },
    ]);
    const again = await importFile(db, messyCsv);
    expect(again).toMatchObject({ imported: 0, duplicates: 4 });

    const page = await listFeedback(db, {}, { limit: 10 });
    expect(page.total).toBe(3);
    const byText = new Map(page.items.map((i) => [i.text, i]));
    expect(byText.get("The app logs me out\nevery few minutes")).toMatchObject({
      channel: "form",
      source: null,
    });
    expect(byText.get('My card was declined, twice, at the "same" shop')).toMatchObject({
      externalId: "Z-1",
      customer: { email: "ana@example.com", name: "Ana" },
      rating: 2,
      createdAt: "2026-11-02T10:00:00.000Z",
      metadata: { Priority: "high" },
    });
    expect(byText.get("لا أستطيع تحويل الأموال 😡")).toMatchObject({
      lang: "ar",
      createdAt: "2026-11-03T06:30:00.000Z",
    });
  });
});

const dataDir = mkdtempSync(join(tmpdir(), "pp-import-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

it("cli import prints the summary as its last stdout line and lists rejects on stderr", async () => {
  const file = join(dataDir, "items.jsonl");
  writeFileSync(
    file,
    [
      JSON.stringify({
        channel: "ticket",
        text: "app crashes on start",
        externalId: "j-1",
        source: "intercom",
      }),
      "{not json",
      JSON.stringify({ channel: "form", text: "" }),
      JSON.stringify({ channel: "form", text: "אין לי גישה לחשבון" }),
    ].join("\n"),
  );
  const env = { ...process.env, DATA_DIR: join(dataDir, "db"), DATABASE_URL: "" };
  const { code, stdout, stderr } = await runCli(["import", file], { env });
  expect(code).toBe(0);
  expect(stdout.trim().split("\n").at(-1)).toBe("imported 2, duplicates 0, rejected 2 (lines 2, 3)");
  expect(stderr).toContain("line 2: not valid JSON");
  expect(stderr).toContain("line 3: text: must not be blank");
  const missing = await runCli(["import", join(dataDir, "nope.csv")], { env });
  expect(missing).toMatchObject({
    code: 1,
    stderr: expect.stringMatching(/^error: no such file: .*nope\.csv\n$/),
  });
});
