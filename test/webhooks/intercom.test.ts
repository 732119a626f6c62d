import { beforeAll, expect, it } from "vitest";
import { signIntercom } from "../../src/services/webhooks/intercom";
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

const CLIENT_SECRET = "9f2c41d7-2b1e-4c8a-a7f5-3e0d6b9c1a24";

const signed = async (body: string, secret = CLIENT_SECRET) => ({
  "x-hub-signature": await signIntercom(secret, bytes(body)),
});

describeEachDatabase("POST /v1/webhooks/intercom/{id}", (database) => {
  let client: TestClient;
  let intercom: CreatedIntegration;
  beforeAll(async () => {
    client = await createTestClient(database().db);
    intercom = await createIntegration(client, "intercom", CLIENT_SECRET);
  });

  it("stores a customer's new conversation with its HTML turned to text", async () => {
    const body = fixture("intercom-conversation-user-created.json");
    const res = await deliver(client, intercom.path, body, await signed(body));
    expect(res.status).toBe(201);
    const item = await readItem(client, (await res.json()).id);
    expect(item).toMatchObject({
      channel: "ticket",
      source: "intercom",
      externalId: "147000031024",
      text: "مرحبا، التطبيق يتوقف عند فتح صفحة الفواتير.\n\nجربت إعادة التثبيت & لم ينفع.",
      customer: { id: "5ba682d23d7cf92bef87bfd4", email: "layla@example.com", name: "ليلى حداد" },
      rating: null,
      metadata: { tags: ["billing"], url: "https://app.example.com/billing" },
    });
  });

  it("treats the customer's reply as the same conversation, and a rated close as its rating", async () => {
    const created = fixture("intercom-conversation-user-created.json").replaceAll(
      "147000031024",
      "147000031025",
    );
    const first = await (await deliver(client, intercom.path, created, await signed(created))).json();
    const replied = created.replace('"conversation.user.created"', '"conversation.user.replied"');
    const reply = await deliver(client, intercom.path, replied, await signed(replied));
    expect(reply.status).toBe(200);
    expect(await reply.json()).toMatchObject({ status: "duplicate", id: first.id });
    const rated = fixture("intercom-conversation-rated.json").replaceAll("147000031024", "147000031025");
    const rating = await deliver(client, intercom.path, rated, await signed(rated));
    expect(await rating.json()).toMatchObject({ status: "rated", id: first.id });
    const again = await deliver(client, intercom.path, rated, await signed(rated));
    expect(await again.json()).toMatchObject({ status: "duplicate", id: first.id });
    expect((await readItem(client, first.id)).rating).toBe(2);
    expect(await storedRows(database().db, "intercom", "147000031025")).toHaveLength(1);
  });

  it("refuses a missing, malformed or wrong X-Hub-Signature with 401", async () => {
    const body = fixture("intercom-conversation-user-created.json").replaceAll(
      "147000031024",
      "147000031026",
    );
    expect((await deliver(client, intercom.path, body)).status).toBe(401);
    const sha256 = { "x-hub-signature": (await signed(body))["x-hub-signature"].replace("sha1=", "sha256=") };
    expect((await deliver(client, intercom.path, body, sha256)).status).toBe(401);
    const wrong = await deliver(client, intercom.path, body, await signed(body, "another app's secret"));
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get("content-type")).toContain("application/problem+json");
    expect(await storedRows(database().db, "intercom", "147000031026")).toHaveLength(0);
  });

  it("acknowledges the set-up ping and admin replies without storing them", async () => {
    const ping = fixture("intercom-ping.json");
    const res = await deliver(client, intercom.path, ping, await signed(ping));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ignored", event: "ping" });
    const admin = fixture("intercom-conversation-user-created.json")
      .replaceAll("147000031024", "147000031027")
      .replace('"conversation.user.created"', '"conversation.admin.replied"');
    const reply = await deliver(client, intercom.path, admin, await signed(admin));
    expect(await reply.json()).toMatchObject({ status: "ignored" });
    expect(await storedRows(database().db, "intercom", "147000031027")).toHaveLength(0);
  });
});
