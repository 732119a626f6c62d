import { describe, expect, it } from "vitest";
import { checkBlockKit, specialsIn, textsOf } from "../../test/slack-stub";
import { buildAlertMessage, buildDigestMessage, type DigestItem } from "./blocks";
import type { QuoteCandidate } from "./quotes";
import { type PainPointStats, rankPainPoints } from "./rank";

const PUBLIC_URL = "https://feedback.example.com";

function items(n: number, label: (i: number) => string, quotes: (i: number) => string[]): DigestItem[] {
  const stats: PainPointStats[] = Array.from({ length: n }, (_, i) => ({
    id: `00000000-0000-7000-8000-${String(i).padStart(12, "0")}`,
    label: label(i),
    keywords: [],
    count: 100 - i,
    previousCount: 10,
    customers: 50,
    atRiskCustomers: 3,
    channels: { ticket: 60, form: 30, social: 10 - (i % 10) },
    ratedCount: 4,
    satisfaction: 0.25,
  }));
  return rankPainPoints(stats, { windowDays: 7 }).map((painPoint, i) => ({
    painPoint,
    quotes: quotes(i).map(
      (text, j): QuoteCandidate => ({
        id: `q${i}-${j}`,
        text,
        lang: null,
        channel: "ticket",
        rating: null,
        customerKey: null,
      }),
    ),
  }));
}

function digest(list: DigestItem[], limit?: number) {
  return buildDigestMessage({
    channel: "C123",
    teamName: "Cards",
    windowDays: 7,
    windowEnd: new Date("2026-11-23T09:00:00Z"),
    items: list,
    publicUrl: PUBLIC_URL,
    limit,
  });
}

describe("buildDigestMessage", () => {
  it("shows the top five pain points with reasons, counts, channels, quotes and a link", () => {
    const message = digest(
      items(
        8,
        (i) => `Pain ${i}`,
        () => ["My card never arrived"],
      ),
    );
    expect(checkBlockKit(message.blocks)).toEqual([]);
    const all = textsOf(message).join("\n");
    expect(all).toContain("Top pain points this week · Cards");
    expect(all).toContain("*1. Pain 0*\n+900% vs last week · 50 customers · 3 at risk · ★2.0 · 3 channels");
    expect(all).toContain("*Feedback*\n100 (was 10)");
    expect(all).toContain("*Channels*\ntickets 60 · forms 30 · social 10");
    expect(all).toContain(">My card never arrived");
    expect(all).not.toContain("Pain 5");
    expect(JSON.stringify(message.blocks)).toContain(
      `"url":"${PUBLIC_URL}/v1/pain-points/00000000-0000-7000-8000-000000000000?window=7d"`,
    );
    expect(message.text.startsWith("Top pain points this week · Cards: 1. Pain 0 (+900% vs last week")).toBe(
      true,
    );
  });

  it("stays within Slack's limits with huge labels and quotes and many pain points", () => {
    const huge = "<!channel> 😀 & ".repeat(2000);
    const message = digest(
      items(
        60,
        () => huge,
        () => [huge, huge, huge],
      ),
      50,
    );
    expect(checkBlockKit(message.blocks)).toEqual([]);
    expect(message.text.length).toBeLessThanOrEqual(3000);
    expect(message.blocks.length).toBeLessThanOrEqual(50);
  });

  it("never lets a customer mention anyone or link anywhere", () => {
    const evil = [
      "<!channel> <!here> <@U0123> <#C999> <https://evil.example|your bank> &amp; <mailto:a@b.c|x>",
    ];
    const message = digest(
      items(
        2,
        () => evil[0] ?? "",
        () => evil,
      ),
    );
    const specials = specialsIn(message);
    expect(specials.every((s) => s.startsWith(`<${PUBLIC_URL}/`))).toBe(true);
    expect(textsOf(message).join("\n")).toContain("&lt;!channel&gt; &lt;!here&gt; &lt;@U0123&gt;");
    // Customer text is verbatim: Slack must not auto-link bare URLs or names inside it.
    for (const block of message.blocks) {
      if (block.type === "section" && block.text) expect(block.text).toMatchObject({ verbatim: true });
    }
  });

  it("puts each right-to-left quote on its own line inside an isolate", () => {
    const message = digest(
      items(
        1,
        () => "بطاقة",
        () => ["لم تصل بطاقتي بعد أسبوعين", "הכרטיס שלי לא הגיע"],
      ),
    );
    const all = textsOf(message).join("\n");
    expect(all).toContain(">\u2067لم تصل بطاقتي بعد أسبوعين\u2069\n");
    expect(all).toContain(">\u2067הכרטיס שלי לא הגיע\u2069\n");
    expect(all).toContain("*1. \u2067بطاقة\u2069*");
  });
});

describe("buildAlertMessage", () => {
  it("is short, safe and within limits", () => {
    const message = buildAlertMessage({
      channel: "C1",
      painPoint: { id: "p1", label: "<!here> refunds" },
      count: 42,
      baseline: 3.2,
      customers: 30,
      quote: {
        id: "f",
        text: "call me at +1 555 123 4567",
        lang: "en",
        channel: "social",
        rating: null,
        customerKey: null,
      },
      publicUrl: PUBLIC_URL,
    });
    expect(checkBlockKit(message.blocks)).toEqual([]);
    expect(specialsIn(message).every((s) => s.startsWith(`<${PUBLIC_URL}`))).toBe(true);
    expect(message.text).toBe(
      "Spike: &lt;!here&gt; refunds: 42 reports in the last 24 hours (usually about 3 a day) · 30 customers",
    );
    expect(textsOf(message).join("\n")).toContain("call me at [phone]");
  });
});
