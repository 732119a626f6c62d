import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { type DigestJobDeps, DigestJobError, runDigestJob } from "../../jobs/digest";
import { digests, painPoints } from "../../src/db/schema";
import { createTeam } from "../../src/services/teams/teams";
import { describeEachDatabase } from "../db";
import { specialsIn, textsOf } from "../slack-stub";
import { DAY, seedFeedback, seedPainPoint, slackStubForFile, spread, stubJobDeps } from "./seed";

const PUBLIC_URL = "https://feedback.example.com";
const stub = await slackStubForFile();

// Each test works in a time range of its own, so the tests share a database without seeing each other.
let nextRange = 0;
function testNow(): Date {
  nextRange += 1;
  return new Date(Date.UTC(2025, 0, 1) + nextRange * 120 * DAY + 9 * 3_600_000);
}

function jobDeps(db: DigestJobDeps["db"], now: Date, over: Partial<DigestJobDeps> = {}): DigestJobDeps {
  return stubJobDeps(stub, db, now, {
    defaultChannel: `#product-${now.getTime()}`,
    publicUrl: PUBLIC_URL,
    ...over,
  });
}

const messagesTo = (channel: string) => stub.messages.filter((m) => m.channel === channel);

describeEachDatabase("digest job", (database) => {
  it("posts one digest whose first pain point is the one growing, and records Slack's ts", async () => {
    const { db } = database();
    const now = testNow();
    const flat = await seedPainPoint(db, "Statement download fails");
    const growing = await seedPainPoint(db, "Card not delivered");
    await seedFeedback(db, [
      ...spread(40, now, 14, { painPointId: flat, text: "I cannot download my statement as a PDF" }),
      ...spread(2, new Date(now.getTime() - 7 * DAY), 7, { painPointId: growing }),
      ...spread(15, now, 7, {
        painPointId: growing,
        text: "My new card has still not arrived after 10 days",
      }),
    ]);
    const deps = jobDeps(db, now);
    const summary = await runDigestJob(deps, { window: "7d" });
    expect(summary).toMatchObject({ rankedPainPoints: 2, digests: 1, sent: 1, alreadySent: 0, pending: 0 });

    const [message] = messagesTo(deps.defaultChannel ?? "");
    expect(message).toBeDefined();
    const texts = textsOf(message ?? { text: "" }).join("\n");
    expect(texts).toContain("*1. Card not delivered*\n+650% vs last week · 15 customers");
    expect(texts).toContain("*2. Statement download fails*\n±0% vs last week · 20 customers");
    expect(texts).toContain(">My new card has still not arrived after 10 days");
    expect(message?.args).toMatchObject({ parse: "none", unfurl_links: "false", link_names: "false" });

    const [row] = await db
      .select()
      .from(digests)
      .where(eq(digests.channel, deps.defaultChannel ?? ""));
    expect(row).toMatchObject({
      status: "sent",
      slackTs: message?.ts,
      period: now.toISOString().slice(0, 10),
    });
  });

  it("sends nothing on a second run for the same window, even later the same day", async () => {
    const { db } = database();
    const now = testNow();
    const p = await seedPainPoint(db, "Login loop");
    await seedFeedback(db, spread(5, now, 7, { painPointId: p }));
    const deps = jobDeps(db, now);
    await runDigestJob(deps, { window: "7d" });
    const again = await runDigestJob({ ...deps, now: new Date(now.getTime() + 3_600_000) }, { window: "7d" });
    expect(again).toMatchObject({ sent: 0, alreadySent: 1, pending: 0 });
    expect(messagesTo(deps.defaultChannel ?? "")).toHaveLength(1);
  });

  it("posts once when two runs start at the same time", async () => {
    const { db } = database();
    const now = testNow();
    const p = await seedPainPoint(db, "Overdraft fees");
    await seedFeedback(db, spread(5, now, 7, { painPointId: p }));
    const deps = jobDeps(db, now);
    const [a, b] = await Promise.all([
      runDigestJob(deps, { window: "7d" }),
      runDigestJob(deps, { window: "7d" }),
    ]);
    expect((a?.sent ?? 0) + (b?.sent ?? 0)).toBe(1);
    expect(messagesTo(deps.defaultChannel ?? "")).toHaveLength(1);
  });

  it("fails with a clear message when Slack is down, keeps the digest pending, and the next run sends it", async () => {
    const { db } = database();
    const now = testNow();
    const p = await seedPainPoint(db, "Transfers stuck");
    await seedFeedback(db, spread(6, now, 7, { painPointId: p }));
    const deps = jobDeps(db, now);
    stub.down = true;
    let failure: unknown;
    try {
      await runDigestJob(deps, { window: "7d" });
    } catch (error) {
      failure = error;
    } finally {
      stub.down = false;
    }
    expect(failure).toBeInstanceOf(DigestJobError);
    expect((failure as Error).message).toBe(
      "Slack is unavailable: HTTP 500 after retries; 1 digest(s) left pending, the next run sends them",
    );
    const [pending] = await db
      .select()
      .from(digests)
      .where(eq(digests.channel, deps.defaultChannel ?? ""));
    expect(pending).toMatchObject({
      status: "pending",
      slackTs: null,
      lastError: expect.stringContaining("HTTP 500"),
    });
    expect(messagesTo(deps.defaultChannel ?? "")).toHaveLength(0);

    const retry = await runDigestJob(deps, { window: "7d" });
    expect(retry).toMatchObject({ sent: 1, pending: 0 });
    const [sent] = await db
      .select()
      .from(digests)
      .where(eq(digests.id, pending?.id ?? ""));
    expect(sent).toMatchObject({ status: "sent", slackTs: messagesTo(deps.defaultChannel ?? "")[0]?.ts });
    expect(messagesTo(deps.defaultChannel ?? "")[0]?.blocks).toEqual(pending?.payload.blocks);
  });

  it("replaces a digest left pending on an earlier day by the new day's, so a team gets one message", async () => {
    const { db } = database();
    const now = testNow();
    const p = await seedPainPoint(db, "Savings rate changed");
    await seedFeedback(db, spread(6, now, 7, { painPointId: p }));
    const deps = jobDeps(db, now);
    stub.down = true;
    await expect(runDigestJob(deps, { window: "7d" })).rejects.toThrow("left pending");
    stub.down = false;
    const nextDay = await runDigestJob({ ...deps, now: new Date(now.getTime() + DAY) }, { window: "7d" });
    expect(nextDay).toMatchObject({ sent: 1, pending: 0 });
    const rows = await db
      .select()
      .from(digests)
      .where(eq(digests.channel, deps.defaultChannel ?? ""));
    expect(rows.map((r) => [r.period, r.status]).sort()).toEqual([
      [now.toISOString().slice(0, 10), "superseded"],
      [new Date(now.getTime() + DAY).toISOString().slice(0, 10), "sent"],
    ]);
    expect(messagesTo(deps.defaultChannel ?? "")).toHaveLength(1);
  });

  it("waits out a rate limit as long as Slack's Retry-After says, then sends", async () => {
    const { db } = database();
    const now = testNow();
    const p = await seedPainPoint(db, "Fees unclear");
    await seedFeedback(db, spread(4, now, 7, { painPointId: p }));
    const deps = jobDeps(db, now);
    const before = stub.requests.length;
    stub.failNext(1, { status: 429, retryAfter: 1 });
    const summary = await runDigestJob(deps, { window: "7d" });
    expect(summary.sent).toBe(1);
    const [limited, accepted] = stub.requests.slice(before);
    expect([limited?.status, accepted?.status]).toEqual([429, 200]);
    expect((accepted?.at ?? 0) - (limited?.at ?? 0)).toBeGreaterThanOrEqual(1000);
  });

  it("gives up at once, pending, when Slack asks to wait past the job's deadline", async () => {
    const { db } = database();
    const now = testNow();
    const p = await seedPainPoint(db, "App crashes");
    await seedFeedback(db, spread(4, now, 7, { painPointId: p }));
    stub.failNext(1, { status: 429, retryAfter: 600 });
    await expect(runDigestJob(jobDeps(db, now), { window: "7d" })).rejects.toThrow(
      "Slack rate limit: asked to retry after 600 s; 1 digest(s) left pending, the next run sends them",
    );
  });

  it("sends each team its own pain points and the rest to the default channel", async () => {
    const { db } = database();
    const now = testNow();
    const cards = await seedPainPoint(db, "Card declined abroad");
    const fees = await seedPainPoint(db, "Hidden fees");
    const other = await seedPainPoint(db, "Slow support");
    const tag = `cards-${now.getTime()}`;
    await createTeam(db, {
      name: `Cards ${now.getTime()}`,
      slackChannel: `#cards-${now.getTime()}`,
      tags: [tag],
    });
    await createTeam(db, {
      name: `Pricing ${now.getTime()}`,
      slackChannel: `#pricing-${now.getTime()}`,
      painPointIds: [fees],
    });
    await seedFeedback(db, [
      ...spread(5, now, 7, { painPointId: cards }),
      { painPointId: cards, at: new Date(now.getTime() - DAY), tags: [tag] },
      ...spread(5, now, 7, { painPointId: fees }),
      ...spread(5, now, 7, { painPointId: other }),
    ]);
    const deps = jobDeps(db, now);
    const summary = await runDigestJob(deps, { window: "7d" });
    expect(summary).toMatchObject({ digests: 3, sent: 3 });
    const labels = (channel: string) =>
      messagesTo(channel).flatMap((m) =>
        textsOf(m)
          .filter((t) => t.startsWith("*1."))
          .map((t) => t.split("\n")[0]),
      );
    expect(labels(`#cards-${now.getTime()}`)).toEqual(["*1. Card declined abroad*"]);
    expect(labels(`#pricing-${now.getTime()}`)).toEqual(["*1. Hidden fees*"]);
    expect(labels(deps.defaultChannel ?? "")).toEqual(["*1. Slow support*"]);
  });

  it("never lets a customer ping a channel, post a link or leak personal data", async () => {
    const { db } = database();
    const now = testNow();
    const p = await seedPainPoint(db, "<!channel> refunds <@U999>");
    await seedFeedback(db, [
      {
        painPointId: p,
        at: new Date(now.getTime() - DAY),
        text: "<!channel> <!here> refund me <https://evil.example|bank login>",
      },
      {
        painPointId: p,
        at: new Date(now.getTime() - 2 * DAY),
        text: "Email jane.doe@example.com or call +44 20 7946 0958, card 4242 4242 4242 4242",
      },
    ]);
    const deps = jobDeps(db, now);
    await runDigestJob(deps, { window: "7d" });
    const [message] = messagesTo(deps.defaultChannel ?? "");
    expect(specialsIn(message ?? { text: "" }).every((s) => s.startsWith(`<${PUBLIC_URL}/`))).toBe(true);
    const json = JSON.stringify(message);
    for (const secret of ["jane.doe", "7946", "4242"]) expect(json).not.toContain(secret);
    const texts = textsOf(message ?? { text: "" }).join("\n");
    expect(texts).toContain(
      "&lt;!channel&gt; &lt;!here&gt; refund me &lt;https://evil.example|bank login&gt;",
    );
    expect(texts).toContain("Email [email] or call [phone], card [card]");
  });

  it("quotes the items the clustering found most typical before the newest ones", async () => {
    const { db } = database();
    const now = testNow();
    const p = await seedPainPoint(db, "Exchange rate wrong");
    const [typical] = await seedFeedback(db, [
      {
        painPointId: p,
        at: new Date(now.getTime() - 6 * DAY),
        text: "The exchange rate applied to my transfer was wrong",
      },
      ...spread(5, now, 2, { painPointId: p, text: "Rate looked odd when I paid in euros yesterday" }),
    ]);
    await db
      .update(painPoints)
      .set({ representativeIds: [typical ?? ""] })
      .where(eq(painPoints.id, p));
    const deps = jobDeps(db, now);
    await runDigestJob(deps, { window: "7d" });
    const texts = textsOf(messagesTo(deps.defaultChannel ?? "")[0] ?? { text: "" }).join("\n");
    expect(texts).toContain(
      ">The exchange rate applied to my transfer was wrong\n>_tickets, en_\n>Rate looked odd",
    );
  });

  it("quotes Arabic and Hebrew customers in their own words, isolated right to left", async () => {
    const { db } = database();
    const now = testNow();
    const p = await seedPainPoint(db, "بطاقة لم تصل");
    await seedFeedback(db, [
      {
        painPointId: p,
        at: new Date(now.getTime() - DAY),
        text: "لم تصل بطاقتي بعد أسبوعين، ماذا أفعل؟",
        lang: "ar",
      },
      {
        painPointId: p,
        at: new Date(now.getTime() - 2 * DAY),
        text: "הכרטיס שלי עדיין לא הגיע אחרי שבועיים",
        lang: "he",
      },
    ]);
    const deps = jobDeps(db, now);
    await runDigestJob(deps, { window: "7d" });
    const texts = textsOf(messagesTo(deps.defaultChannel ?? "")[0] ?? { text: "" }).join("\n");
    expect(texts).toContain("*1. \u2067بطاقة لم تصل\u2069*");
    expect(texts).toContain(">\u2067لم تصل بطاقتي بعد أسبوعين، ماذا أفعل؟\u2069\n>_tickets, ar_");
    expect(texts).toContain(">\u2067הכרטיס שלי עדיין לא הגיע אחרי שבועיים\u2069\n>_tickets, he_");
  });

  it("puts a surge first among weeks of steady background feedback", async () => {
    const { db } = database();
    const now = testNow();
    const background = await Promise.all(
      ["Password reset", "Exchange rates", "Top-up pending", "Statement errors", "Account locked"].map((l) =>
        seedPainPoint(db, l),
      ),
    );
    const surge = await seedPainPoint(db, "Double charged at checkout");
    await seedFeedback(db, [
      ...background.flatMap((id, i) => spread(8 * 7 * (3 + i), now, 56, { painPointId: id })),
      ...spread(3, new Date(now.getTime() - 3 * DAY), 53, { painPointId: surge }),
      ...spread(30, now, 3, { painPointId: surge, text: "I was charged twice for one purchase", rating: 1 }),
    ]);
    const deps = jobDeps(db, now);
    await runDigestJob(deps, { window: "7d" });
    const texts = textsOf(messagesTo(deps.defaultChannel ?? "")[0] ?? { text: "" });
    expect(texts.filter((t) => /^\*\d\. /.test(t)).map((t) => t.split("\n")[0])[0]).toBe(
      "*1. Double charged at checkout*",
    );
  });

  it("prints the messages on a dry run and records and sends nothing", async () => {
    const { db } = database();
    const now = testNow();
    const p = await seedPainPoint(db, "Card frozen");
    await seedFeedback(db, spread(3, now, 7, { painPointId: p }));
    const deps = jobDeps(db, now, { slack: null });
    const summary = await runDigestJob(deps, { window: "7d", dryRun: true });
    expect(summary.messages?.map((m) => m.channel)).toEqual([deps.defaultChannel]);
    expect(messagesTo(deps.defaultChannel ?? "")).toHaveLength(0);
    expect(
      await db
        .select()
        .from(digests)
        .where(eq(digests.channel, deps.defaultChannel ?? "")),
    ).toEqual([]);
  });
});
