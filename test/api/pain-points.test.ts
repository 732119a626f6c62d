import { beforeAll, expect, it } from "vitest";
import { runDigestJob } from "../../jobs/digest";
import { silentLogger } from "../../src/lib/logger";
import { createTeam, deleteTeam } from "../../src/services/teams/teams";
import { createTestClient, type TestClient } from "../app";
import { describeEachDatabase } from "../db";
import { DAY, seedFeedback, seedPainPoint, spread } from "../digest/seed";

describeEachDatabase("ranked pain points", (database) => {
  let client: TestClient;
  const now = new Date("2026-03-10T12:00:00Z");
  const until = encodeURIComponent(now.toISOString());
  let flat = "";
  let surge = "";

  beforeAll(async () => {
    const { db } = database();
    client = await createTestClient(db);
    flat = await seedPainPoint(db, "Statement download", ["statement", "pdf"]);
    surge = await seedPainPoint(db, "Card not arriving", ["card", "arrive"]);
    await seedFeedback(db, [
      ...spread(60, now, 14, { painPointId: flat, channel: "form", rating: 3 }),
      ...spread(12, now, 7, {
        painPointId: surge,
        text: "Where is my card?",
        rating: 1,
        channel: "ticket",
        customer: "id:repeat",
      }),
      ...spread(12, now, 7, { painPointId: surge, channel: "social" }),
      { painPointId: surge, at: new Date(now.getTime() - 10 * DAY) },
    ]);
  });

  it("serves the ranking with counts, customers, channels, reasons and examples", async () => {
    const res = await client.request("GET", `/v1/pain-points?until=${until}`, { as: "lead" });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.window).toEqual({ days: 7, start: "2026-03-03T12:00:00.000Z", end: now.toISOString() });
    expect(body.total).toBe(2);
    const [first, second] = body.items;
    expect(first).toMatchObject({
      id: surge,
      rank: 1,
      label: "Card not arriving",
      keywords: ["card", "arrive"],
      count: 24,
      previousCount: 1,
      change: 23,
      distinctCustomers: 13,
      atRiskCustomers: 1,
      channels: { ticket: 12, social: 12 },
      rating: 1,
      ratedCount: 12,
      reasons: ["+2,300% vs last week", "13 customers", "1 at risk", "★1.0", "2 channels"],
    });
    expect(first.examples.length).toBeGreaterThan(0);
    expect(first.examples[0]).toMatchObject({ id: expect.any(String), text: expect.any(String) });
    expect(second).toMatchObject({ id: flat, rank: 2, count: 30, previousCount: 30, distinctCustomers: 30 });
  });

  it("is the ranking the digest posts", async () => {
    const api = await (await client.request("GET", `/v1/pain-points?until=${until}`, { as: "lead" })).json();
    const summary = await runDigestJob(
      {
        db: database().db,
        slack: null,
        now,
        log: silentLogger,
        defaultChannel: "#p",
        publicUrl: "https://x",
      },
      { dryRun: true },
    );
    const posted = JSON.stringify(summary.messages);
    for (const [i, item] of api.items.entries())
      expect(posted).toContain(`*${i + 1}. ${item.label}*\\n${item.reasons.join(" · ")}`);
  });

  it("narrows the ranking to one team's pain points, ranked as in its digest", async () => {
    const team = await createTeam(database().db, {
      name: "Statements",
      slackChannel: "#statements",
      painPointIds: [flat],
    });
    try {
      const body = await (
        await client.request("GET", `/v1/pain-points?until=${until}&team=${team.id}`, { as: "lead" })
      ).json();
      expect(body.items.map((i: { id: string; rank: number }) => [i.id, i.rank])).toEqual([[flat, 1]]);
      expect(body.items[0].teams).toEqual([{ id: team.id, name: "Statements" }]);
      expect(body.total).toBe(1);
    } finally {
      await deleteTeam(database().db, team.id);
    }
  });

  it("shows one pain point, the link target of the digest, and answers 404 and 400 clearly", async () => {
    const one = await (
      await client.request("GET", `/v1/pain-points/${surge}?window=7d&until=${until}`, { as: "lead" })
    ).json();
    expect(one.item).toMatchObject({ id: surge, rank: 1, count: 24 });
    const quiet = await (
      await client.request(
        "GET",
        `/v1/pain-points/${surge}?window=1d&until=${encodeURIComponent(new Date(now.getTime() + 30 * DAY).toISOString())}`,
        { as: "lead" },
      )
    ).json();
    expect(quiet.item).toMatchObject({ rank: null, count: 0 });
    expect(
      (await client.request("GET", "/v1/pain-points/0190f0f0-0000-7000-8000-00000000dead", { as: "lead" }))
        .status,
    ).toBe(404);
    expect((await client.request("GET", "/v1/pain-points?window=week", { as: "lead" })).status).toBe(400);
    expect((await client.request("GET", "/v1/pain-points", { as: "ingest" })).status).toBe(403);
    expect((await client.request("GET", "/v1/pain-points")).status).toBe(401);
  });
});
