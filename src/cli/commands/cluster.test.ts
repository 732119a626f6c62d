import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readJsonl } from "../../../test/jsonl";

const root = resolve(__dirname, "../../..");
const dir = mkdtempSync(join(tmpdir(), "cluster-cli-"));
const fixture = readJsonl<{ text: string; lang: string }>(
  new URL("../../cluster/fixtures/banking-small.jsonl", import.meta.url),
);

function cli(...args: string[]) {
  const run = spawnSync(
    join(root, "node_modules/.bin/tsx"),
    [join(root, "src/cli/index.ts"), "cluster", ...args],
    {
      cwd: dir,
      encoding: "utf8",
      env: { PATH: process.env.PATH, DATA_DIR: join(dir, "data") },
    },
  );
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function write(name: string, lines: unknown[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${lines.map((l) => (typeof l === "string" ? l : JSON.stringify(l))).join("\n")}\n`);
  return path;
}

const parse = (stdout: string) =>
  stdout
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as { id: string | number; cluster: number });

describe("cli cluster --input", () => {
  it("prints one line per input line in input order, with the input id or the line index", () => {
    const lines = fixture.map((d, i) =>
      i % 3 === 0 ? { id: `t-${i}`, text: d.text } : { text: d.text, lang: d.lang },
    );
    const input = write("ids.jsonl", [...lines, { id: 999, text: "" }]);
    const { code, stdout, stderr } = cli("--input", input, "--k", "8");
    expect(code).toBe(0);
    const out = parse(stdout);
    expect(out.map((o) => o.id)).toEqual([...lines.map((_, i) => (i % 3 === 0 ? `t-${i}` : i)), 999]);
    expect(new Set(out.slice(0, -1).map((o) => o.cluster)).size).toBe(8);
    expect(out.at(-1)?.cluster).toBe(-1);
    expect(stderr).toMatch(/into 8 clusters \(1 outlier,/);
  });

  it("gives exactly the asked number of clusters and writes --out instead of stdout", () => {
    const input = write("plain.jsonl", fixture);
    for (const k of [1, 3, 20]) {
      const out = join(dir, `out-${k}.jsonl`);
      const run = cli("--input", input, "--k", String(k), "--out", out);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe("");
      const rows = parse(readFileSync(out, "utf8"));
      expect(rows).toHaveLength(fixture.length);
      expect(new Set(rows.map((r) => r.cluster)).size).toBe(k);
    }
  });

  it("chooses the number of clusters without --k", () => {
    const { code, stdout } = cli("--input", write("auto.jsonl", fixture));
    expect(code).toBe(0);
    const k = new Set(parse(stdout).map((o) => o.cluster)).size;
    expect(k).toBeGreaterThanOrEqual(4);
    expect(k).toBeLessThanOrEqual(16);
  });

  it("stops on a bad line with its line number and no output", () => {
    const input = write("bad.jsonl", [
      { text: "card not here" },
      { text: "where is my card" },
      "{not json",
      { text: "x" },
    ]);
    const run = cli("--input", input);
    expect(run.code).not.toBe(0);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(/line 3: not valid JSON/);
    const missing = cli("--input", write("notext.jsonl", [{ text: "a b" }, { id: 4 }]));
    expect(missing.stderr).toMatch(/line 2: "text" must be a string/);
  });

  it("rejects a k that is not a positive integer, or more clusters than messages", () => {
    const input = write("few.jsonl", fixture.slice(0, 4));
    expect(cli("--input", input, "--k", "0").code).toBe(2);
    expect(cli("--input", input, "--k", "two").code).toBe(2);
    const tooMany = cli("--input", input, "--k", "5");
    expect(tooMany.code).toBe(1);
    expect(tooMany.stderr).toMatch(/cannot make 5 clusters/);
  });
});
