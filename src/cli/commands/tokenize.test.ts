import { PassThrough, Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { runCli } from "../../../test/cli";
import type { CliContext } from "../command";
import { tokenizeCommand } from "./tokenize";

const parse = (stdout: string) =>
  stdout
    .trimEnd()
    .split("\n")
    .map((line) => JSON.parse(line));

async function runTokenize(args: string[], input: string): Promise<string> {
  const stdout = new PassThrough();
  const chunks: Buffer[] = [];
  stdout.on("data", (c: Buffer) => chunks.push(c));
  const ctx = { stdin: Readable.from([Buffer.from(input)]), stdout, stderr: new PassThrough() };
  await tokenizeCommand.run(args, ctx as unknown as CliContext);
  return Buffer.concat(chunks).toString("utf8");
}

describe("cli tokenize", () => {
  it("prints one JSON array per input line, in order, for English, Arabic and Hebrew", async () => {
    const input = [
      "I am still waiting on my cards!",
      "لم تصل بطاقتي بعد، أين البطاقة؟",
      "הנשיא",
      "לנשיא",
      "הרבה",
      "מדינה",
      "שלום",
      "",
      "והבנק חסם את הכרטיס בבנק",
    ].join("\n");
    const result = await runCli(["tokenize"], { input: `${input}\n` });
    expect(result.code).toBe(0);
    expect(parse(result.stdout)).toEqual([
      ["wait", "card"],
      ["تصل", "بطاق", "بطاق"],
      ["נשיא"],
      ["נשיא"],
      ["הרבה"],
      ["מדינה"],
      ["שלום"],
      [],
      ["בנק", "חסם", "כרטיס", "בנק"],
    ]);
  });

  it("uses the other lines as evidence for prefixes", async () => {
    const out = await runTokenize([], "המזגן מרעיש\nמזגן חדש\nקניתי מזגן\nבמזגן יש נזילה\n");
    expect(parse(out).map((t: string[]) => t[0])).toEqual(["מזגן", "מזגן", "קניתי", "מזגן"]);
  });

  it("--lang forces the language of every line", async () => {
    // A French line read as English: English stopwords and Porter apply ("est" is no stopword there).
    expect(parse(await runTokenize(["--lang", "en"], "le paiement est refusé\n"))).toEqual([
      ["le", "paiement", "est", "refusé"],
    ]);
    expect(parse(await runTokenize([], "le paiement est refusé\n"))).toEqual([["paiement", "refusé"]]);
  });

  it("handles input without a final newline and empty input", async () => {
    expect(parse(await runTokenize([], "card declined"))).toEqual([["card", "declin"]]);
    expect(await runTokenize([], "")).toBe("");
  });

  it("--help prints the usage and rejects unknown options", async () => {
    const help = await runCli(["tokenize", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^usage: cli tokenize \[--lang LANG\]/);
    const bad = await runCli(["tokenize", "--language", "he"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--language/);
  });
});
