import { beforeAll, expect, it } from "vitest";
import { signMention } from "../../src/services/webhooks/mentions";
import { createTestClient, type TestClient } from "../app";
import { describeEachDatabase } from "../db";
import {
  bytes,
  type CreatedIntegration,
  createIntegration,
  deliver,
  fixture,
  readItem,
  storedRows,
} from "./helpers";

describeEachDatabase("POST /v1/webhooks/mentions/{id}", (database) => {
  let client: TestClient;
  let mentions: CreatedIntegration;
  const bearer = () => ({ authorization: `Bearer ${mentions.secret}` });
  const hmacHeaders = async (body: string, at = Date.now()) => {
    const timestamp = String(Math.floor(at / 1000));
    return {
      "x-painpoint-timestamp": timestamp,
      "x-painpoint-signature": await signMention(mentions.secret, timestamp, bytes(body)),
    };
  };
  beforeAll(async () => {
    client = await createTestClient(database().db);
    mentions = await createIntegration(client, "mentions");
  });

  it("stores a mention as social feedback from its platform, once however often it is sent", async () => {
    const body = fixture("mention-arabic.json");
    const first = await deliver(client, mentions.path, body, bearer());
    expect(first.status).toBe(201);
    const { id } = await first.json();
    expect(await readItem(client, id)).toMatchObject({
      channel: "social",
      source: "twitter",
      externalId: "1859933722314420225",
      text: "@acme_bank تطبيقكم لا يعمل منذ الصباح ولا أستطيع دفع الفواتير 😡",
      lang: "ar",
      customer: { id: "1501123987", name: "عمر خالد" },
      createdAt: "2026-11-20T07:12:44.000Z",
      metadata: { url: "https://x.com/omar_k/status/1859933722314420225", handle: "omar_k", likes: 14 },
    });
    const again = await deliver(client, mentions.path, body, await hmacHeaders(body));
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ status: "duplicate", id });
    expect(await storedRows(database().db, "twitter", "1859933722314420225")).toHaveLength(1);
  });

  it("stores exactly one row when the same post arrives many times at once", async () => {
    const body = fixture("mention-arabic.json").replaceAll("1859933722314420225", "1859933722314420999");
    const answers = await Promise.all(
      Array.from({ length: 12 }, () => deliver(client, mentions.path, body, bearer())),
    );
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 200)).toHaveLength(11);
    const ids = new Set(await Promise.all(answers.map(async (r) => (await r.json()).id)));
    expect(ids.size).toBe(1);
    expect(await storedRows(database().db, "twitter", "1859933722314420999")).toHaveLength(1);
  });

  it("accepts an HMAC-signed mention and refuses a stale or mismatched signature", async () => {
    const post = (id: string) =>
      JSON.stringify({
        id,
        platform: "reddit",
        text: "האפליקציה קורסת כל פעם שאני פותח את הדוחות",
        url: `https://reddit.com/r/acme/comments/${id}`,
        postedAt: "2026-11-21T18:03:00+02:00",
        author: { handle: "u/dana_b" },
      });
    const fresh = await deliver(client, mentions.path, post("t3_a1"), await hmacHeaders(post("t3_a1")));
    expect(fresh.status).toBe(201);
    const item = await readItem(client, (await fresh.json()).id);
    expect(item).toMatchObject({
      source: "reddit",
      customer: { id: "u/dana_b", name: "u/dana_b" },
      lang: "he",
    });

    const stale = await hmacHeaders(post("t3_a2"), Date.now() - 10 * 60 * 1000);
    expect((await deliver(client, mentions.path, post("t3_a2"), stale)).status).toBe(401);
    const otherBody = await hmacHeaders(post("t3_a3"));
    expect((await deliver(client, mentions.path, post("t3_a2"), otherBody)).status).toBe(401);
    expect(
      (await deliver(client, mentions.path, post("t3_a2"), { authorization: "Bearer wrong" })).status,
    ).toBe(401);
    expect(await storedRows(database().db, "reddit", "t3_a2")).toHaveLength(0);
  });

  it("answers 422 naming each missing field", async () => {
    const body = JSON.stringify({ platform: "twitter", text: "hi", url: "nope" });
    const res = await deliver(client, mentions.path, body, bearer());
    expect(res.status).toBe(422);
    const paths = (await res.json()).errors.map((e: { path: string }) => e.path).sort();
    expect(paths).toEqual(["id", "postedAt", "url"]);
  });

  it("answers 422 for a blank post, as the feedback API would", async () => {
    const body = JSON.stringify({
      id: "blank-1",
      platform: "twitter",
      text: "   ",
      url: "https://x.com/a/status/1",
      postedAt: "2026-11-20T07:12:44Z",
    });
    const res = await deliver(client, mentions.path, body, bearer());
    expect(res.status).toBe(422);
    expect((await res.json()).errors).toEqual([{ path: "text", message: "must not be blank" }]);
  });

  it("refuses a body over 1 MiB with 413 before reading it as a mention", async () => {
    const body = JSON.stringify({ text: "x".repeat(1024 * 1024 + 1) });
    const res = await deliver(client, mentions.path, body, bearer());
    expect(res.status).toBe(413);
  });
});
