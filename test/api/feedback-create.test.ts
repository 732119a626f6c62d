import { beforeAll, describe, expect, it } from "vitest";
import { createTestClient, type TestClient } from "../app";
import { describeEachDatabase } from "../db";

describeEachDatabase("POST /v1/feedback", (database) => {
  let client: TestClient;
  beforeAll(async () => {
    client = await createTestClient(database().db);
  });

  it("stores an item and answers 201 with it", async () => {
    const res = await client.request("POST", "/v1/feedback", {
      as: "ingest",
      body: {
        channel: "ticket",
        text: "My card was declined twice",
        source: "zendesk",
        externalId: "t-1",
        rating: 2,
      },
    });
    expect(res.status).toBe(201);
    const item = await res.json();
    expect(item).toMatchObject({
      channel: "ticket",
      source: "zendesk",
      externalId: "t-1",
      lang: "en",
      rating: 2,
    });
    const read = await client.request("GET", `/v1/feedback/${item.id}`, { as: "lead" });
    expect(await read.json()).toMatchObject({ id: item.id, text: "My card was declined twice", tags: [] });
  });

  it("answers a redelivery with 200 and the stored id, storing nothing twice", async () => {
    const body = { channel: "ticket", text: "refund never arrived", source: "zendesk", externalId: "dup-1" };
    const first = await client.request("POST", "/v1/feedback", { as: "ingest", body });
    const second = await client.request("POST", "/v1/feedback", {
      as: "ingest",
      body: { ...body, text: "changed" },
    });
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    expect((await second.json()).id).toBe((await first.json()).id);
  });

  it("stores exactly one row under concurrent redelivery", async () => {
    const body = { channel: "social", text: "app keeps crashing", source: "twitter", externalId: "race-1" };
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => client.request("POST", "/v1/feedback", { as: "ingest", body })),
    );
    const statuses = answers.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 200)).toHaveLength(19);
    const ids = new Set(await Promise.all(answers.map(async (r) => (await r.json()).id)));
    expect(ids.size).toBe(1);
    const list = await client.request("GET", "/v1/feedback?source=twitter&q=crashing", { as: "lead" });
    expect((await list.json()).total).toBe(1);
  });

  it("keeps Arabic, Hebrew, emoji and mixed-direction text exactly as sent", async () => {
    const texts = [
      "لا أستطيع تحويل الأموال إلى حسابي 😡",
      "הכרטיס שלי נחסם בלי הודעה",
      "The app (تطبيق) crashes — האפליקציה קורסת 🙃👍🏽",
      "  leading and trailing spaces stay  ",
      "e\u0301 composed vs \u00e9 precomposed, \u202bRLE\u202c and \u200f marks",
    ];
    for (const text of texts) {
      const res = await client.request("POST", "/v1/feedback", {
        as: "ingest",
        body: { channel: "form", text },
      });
      expect(res.status).toBe(201);
      const { id } = await res.json();
      const stored = await (await client.request("GET", `/v1/feedback/${id}`, { as: "lead" })).json();
      expect(stored.text).toBe(text);
    }
  });

  it("detects the language when none is given", async () => {
    const cases: Array<[string, string]> = [
      ["لا أستطيع تسجيل الدخول إلى التطبيق", "ar"],
      ["אני לא מצליח להתחבר לאפליקציה", "he"],
      ["I cannot log in to the app since yesterday", "en"],
    ];
    for (const [text, lang] of cases) {
      const res = await client.request("POST", "/v1/feedback", {
        as: "ingest",
        body: { channel: "form", text },
      });
      expect((await res.json()).lang).toBe(lang);
    }
  });

  it("removes NUL characters and changes nothing else", async () => {
    const res = await client.request("POST", "/v1/feedback", {
      as: "ingest",
      body: { channel: "form", text: "a\u0000b c", metadata: { "k\u0000": "v\u0000w" } },
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ text: "ab c", metadata: { k: "vw" } });
  });
});

describe("POST /v1/feedback/batch", () => {
  describeEachDatabase("per-item results", (database) => {
    it("stores the valid items and names the invalid ones, in input order", async () => {
      const client = await createTestClient(database().db);
      const res = await client.request("POST", "/v1/feedback/batch", {
        as: "ingest",
        body: {
          items: [
            { channel: "ticket", text: "one", source: "s", externalId: "b-1" },
            { channel: "fax", text: "two" },
            { channel: "ticket", text: "one again", source: "s", externalId: "b-1" },
            { channel: "form", text: "   " },
          ],
        },
      });
      expect(res.status).toBe(200);
      const body = await res.json();
      expect(body.items.map((r: { status: number }) => r.status)).toEqual([201, 422, 200, 422]);
      expect(body.items[2].id).toBe(body.items[0].id);
      expect(body.items[1].errors[0].path).toBe("channel");
      expect(body.items[3].errors[0]).toEqual({ path: "text", message: "must not be blank" });
      expect(body).toMatchObject({ created: 1, duplicates: 1, rejected: 2 });
    });
  });
});
