import { beforeAll, expect, it } from "vitest";
import { createTestClient, type TestClient } from "../app";
import { describeEachDatabase } from "../db";

describeEachDatabase("finding and tagging feedback", (database) => {
  let client: TestClient;
  const ids: Record<string, string> = {};
  const seed = [
    {
      key: "card",
      channel: "ticket",
      source: "zendesk",
      text: "My card was declined at checkout",
      createdAt: "2026-11-01T10:00:00Z",
    },
    {
      key: "ar",
      channel: "social",
      source: "twitter",
      text: "لا أستطيعُ تحويلَ الأموالِ",
      createdAt: "2026-11-02T10:00:00Z",
    },
    { key: "he", channel: "form", text: "הַכַּרְטִיס שלי נחסם", createdAt: "2026-11-03T10:00:00Z" },
    {
      key: "late",
      channel: "ticket",
      source: "zendesk",
      text: "Card declined again",
      createdAt: "2026-11-04T10:00:00Z",
    },
  ];

  beforeAll(async () => {
    client = await createTestClient(database().db);
    for (const { key, ...body } of seed) {
      ids[key] = (await (await client.request("POST", "/v1/feedback", { as: "ingest", body })).json()).id;
    }
  });

  const list = async (query: string) =>
    (await client.request("GET", `/v1/feedback?${query}`, { as: "lead" })).json();

  it("filters by channel, source and time, newest first, with the total", async () => {
    const page = await list("channel=ticket&source=zendesk");
    expect(page.items.map((i: { id: string }) => i.id)).toEqual([ids.late, ids.card]);
    expect(page.total).toBe(2);
    expect((await list("since=2026-11-02T00:00:00Z&until=2026-11-04T00:00:00Z")).total).toBe(2);
  });

  it("searches text ignoring case and Arabic and Hebrew diacritics", async () => {
    expect((await list("q=DECLINED")).total).toBe(2);
    expect((await list(`q=${encodeURIComponent("تحويل الأموال")}`)).items[0].id).toBe(ids.ar);
    expect((await list(`q=${encodeURIComponent("הכרטיס")}`)).items[0].id).toBe(ids.he);
    expect((await list("q=100%25")).total).toBe(0);
  });

  it("pages with a cursor; total counts every match", async () => {
    const first = await list("limit=3");
    expect(first.items).toHaveLength(3);
    expect(first.total).toBe(4);
    const second = await list(`limit=3&cursor=${first.nextCursor}`);
    expect(second.items.map((i: { id: string }) => i.id)).toEqual([ids.card]);
    expect(second.nextCursor).toBeNull();
  });

  it("replaces tags, and filters by them", async () => {
    const put = (tags: string[]) =>
      client.request("PUT", `/v1/feedback/${ids.card}/tags`, { as: "lead", body: { tags } });
    expect(await (await put(["payments", "urgent", "payments"])).json()).toEqual({
      id: ids.card,
      tags: ["payments", "urgent"],
    });
    expect((await put(["payments", "checkout"])).status).toBe(200);
    const item = await (await client.request("GET", `/v1/feedback/${ids.card}`, { as: "lead" })).json();
    expect(item.tags).toEqual(["checkout", "payments"]);
    expect(item.painPoint).toBeNull();
    expect((await list("tag=checkout")).items.map((i: { id: string }) => i.id)).toEqual([ids.card]);
    expect((await list("tag=urgent")).total).toBe(0);
  });

  it("refuses blank and over-long tags", async () => {
    for (const tags of [[""], ["   "], ["x".repeat(65)]]) {
      const res = await client.request("PUT", `/v1/feedback/${ids.card}/tags`, {
        as: "lead",
        body: { tags },
      });
      expect(res.status).toBe(422);
    }
    const ok = await client.request("PUT", `/v1/feedback/${ids.card}/tags`, {
      as: "lead",
      body: { tags: ["ب".repeat(64)] },
    });
    expect(ok.status).toBe(200);
  });
});
