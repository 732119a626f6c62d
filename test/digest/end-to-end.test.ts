import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../cli";
import { type SlackStub, specialsIn, textsOf } from "../slack-stub";
import { type CliWorld, DAY, type SeedItem, seedFeedback, startCliWorld } from "./seed";

// Customer messages from BANKING77 and ArBanking77 (CC BY 4.0 / CC BY-SA 4.0), six intents.
const sample: { label: string; lang: string; text: string }[] = readFileSync(
  join(import.meta.dirname, "fixtures/banking-sample.jsonl"),
  "utf8",
)
  .trim()
  .split("\n")
  .map((line) => JSON.parse(line));
const SURGE = "transaction_charged_twice";

describe("seeded database → cli cluster → cli digest", () => {
  const now = new Date("2026-09-07T07:00:00Z");
  let world: CliWorld;
  let stub: SlackStub;
  let env: Record<string, string>;

  beforeAll(async () => {
    const items: SeedItem[] = [];
    // Six weeks of steady background: every text of five intents three times, interleaved in time
    // (a stride coprime with the count spreads each intent evenly over the weeks).
    const background = sample.filter((s) => s.label !== SURGE);
    const n = background.length * 3;
    for (let j = 0; j < n; j++) {
      const s = background[j % background.length] as (typeof background)[number];
      const age = (((j * 97) % n) / n) * 42 * DAY;
      items.push({
        painPointId: null,
        at: new Date(now.getTime() - age - 60_000),
        text: s.text,
        lang: s.lang,
      });
    }
    // The surge: a few complaints over the weeks, then a wave in the last three days.
    const surge = sample.filter((s) => s.label === SURGE);
    surge.slice(0, 4).forEach((s, i) => {
      items.push({
        painPointId: null,
        at: new Date(now.getTime() - (10 + i * 8) * DAY),
        text: s.text,
        lang: s.lang,
      });
    });
    for (let i = 0; i < 45; i++) {
      const s = surge[i % surge.length] as (typeof surge)[number];
      const text = i % 9 === 0 ? `<!channel> ${s.text} write to me: jane.doe@example.com` : s.text;
      items.push({
        painPointId: null,
        at: new Date(now.getTime() - ((i + 0.5) / 45) * 3 * DAY),
        text,
        lang: s.lang,
      });
    }
    world = await startCliWorld("pp-e2e-", (db) => seedFeedback(db, items));
    ({ stub, env } = world);
  });
  afterAll(() => world?.close());

  it("posts one digest whose first pain point is the surge, with safe quotes, that Slack accepts", async () => {
    const cluster = await runCli(["cluster"], { env });
    expect(cluster.code, cluster.stderr).toBe(0);
    const digest = await runCli(["digest", "--now", now.toISOString()], { env });
    expect(digest.code, digest.stderr).toBe(0);

    expect(stub.messages).toHaveLength(1);
    const [message] = stub.messages;
    const sections = (message?.blocks ?? []).filter((b) => b.type === "section" && b.text);
    const firstQuotes = sections.find((b) => /^>/.test(b.text.text))?.text.text as string;
    const surgeTexts = sample.filter((s) => s.label === SURGE).map((s) => s.text);
    const quoted = firstQuotes
      .split("\n")
      .filter((line) => !line.startsWith(">_"))
      .map((line) => line.replace(/^>/, "").replace(/[\u2067\u2069]/g, ""));
    expect(quoted.length).toBeGreaterThan(0);
    for (const q of quoted) expect(surgeTexts.some((t) => t.startsWith(q.replace(/…$/, "")))).toBe(true);
    expect(textsOf(message ?? { text: "" }).join("\n")).toMatch(
      /\*1\. [^*]+\*\n(\+\d[\d,]*% vs last week|new this week) · \d+ customers/,
    );
    expect(specialsIn(message ?? { text: "" }).every((s) => s.startsWith("<https://pp.example.com/"))).toBe(
      true,
    );
    expect(JSON.stringify(message)).not.toContain("jane.doe");
  });
});
