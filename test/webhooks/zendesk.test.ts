import { beforeAll, expect, it } from "vitest";
import { signZendesk } from "../../src/services/webhooks/zendesk";
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

const SECRET = "dGhpc19zZWNyZXRfaXNfZm9yX3Rlc3Rpbmdfb25seQ==";

async function signed(body: string, options: { secret?: string; at?: Date } = {}) {
  const timestamp = (options.at ?? new Date()).toISOString().replace(/\.\d{3}Z$/, "Z");
  return {
    "x-zendesk-webhook-id": "01GK8E6BKWMJZD2T8Y5AXJQMG5",
    "x-zendesk-webhook-signature-timestamp": timestamp,
    "x-zendesk-webhook-signature": await signZendesk(options.secret ?? SECRET, timestamp, bytes(body)),
  };
}

describeEachDatabase("POST /v1/webhooks/zendesk/{id}", (database) => {
  let client: TestClient;
  let zendesk: CreatedIntegration;
  beforeAll(async () => {
    client = await createTestClient(database().db);
    zendesk = await createIntegration(client, "zendesk", SECRET);
  });

  it("stores a signed ticket.created event as a ticket, Arabic text exactly as sent", async () => {
    const body = fixture("zendesk-ticket-created.json");
    const res = await deliver(client, zendesk.path, body, await signed(body));
    expect(res.status).toBe(201);
    const receipt = await res.json();
    expect(receipt).toMatchObject({ status: "created", event: "zen:event-type:ticket.created" });
    const item = await readItem(client, receipt.id);
    expect(item).toMatchObject({
      channel: "ticket",
      source: "zendesk",
      externalId: "35436",
      text: "لا أستطيع تحويل الأموال إلى حسابي منذ التحديث الأخير. تظهر رسالة خطأ في كل مرة.",
      lang: "ar",
      customer: { id: "8447388090494" },
      createdAt: "2026-11-20T09:41:05.000Z",
      metadata: { priority: "HIGH", tags: ["transfers", "mobile_app"] },
    });
  });

  it("answers a redelivery with 200 and the stored id, storing nothing twice", async () => {
    const body = fixture("zendesk-trigger-ticket.json");
    const first = await deliver(client, zendesk.path, body, await signed(body));
    const second = await deliver(client, zendesk.path, body, await signed(body));
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    const [a, b] = [await first.json(), await second.json()];
    expect(b).toMatchObject({ status: "duplicate", id: a.id });
    expect(await storedRows(database().db, "zendesk", "4821")).toHaveLength(1);
    const item = await readItem(client, a.id);
    expect(item.text).toBe("הכרטיס שלי נחסם בלי הודעה מוקדמת ואני לא מצליחה לשלם בסופר.\nאשמח לעזרה דחופה.");
    expect(item.customer).toEqual({ id: "902113", email: "noa.levi@example.co.il", name: "נועה לוי" });
    expect(item.rating).toBeNull();
  });

  it("records a later satisfaction rating on the stored ticket instead of adding a row", async () => {
    const ticket = fixture("zendesk-trigger-ticket.json").replaceAll("4821", "4822");
    const created = await (await deliver(client, zendesk.path, ticket, await signed(ticket))).json();
    const rated = fixture("zendesk-trigger-satisfaction.json").replaceAll("4821", "4822");
    const res = await deliver(client, zendesk.path, rated, await signed(rated));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "rated", id: created.id });
    const item = await readItem(client, created.id);
    expect(item.rating).toBe(1);
    expect(item.metadata.csatComment).toBe("לקח שלושה ימים לקבל תשובה");
    expect(await storedRows(database().db, "zendesk", "4822")).toHaveLength(1);
  });

  it("refuses a bad signature with 401 problem+json and stores nothing", async () => {
    const body = fixture("zendesk-ticket-created.json").replaceAll("35436", "35437");
    const headers = await signed(body, { secret: "not-the-secret" });
    const res = await deliver(client, zendesk.path, body, headers);
    expect(res.status).toBe(401);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(await res.json()).toMatchObject({
      status: 401,
      detail: "delivery refused: the signature does not match",
    });
    const tampered = await deliver(client, zendesk.path, body.replace("HIGH", "LOW"), await signed(body));
    expect(tampered.status).toBe(401);
    const unsigned = await deliver(client, zendesk.path, body);
    expect(unsigned.status).toBe(401);
    expect(await storedRows(database().db, "zendesk", "35437")).toHaveLength(0);
  });

  it("refuses a correctly signed delivery whose timestamp is over 5 minutes old", async () => {
    const body = fixture("zendesk-ticket-created.json").replaceAll("35436", "35438");
    const stale = await signed(body, { at: new Date(Date.now() - 6 * 60 * 1000) });
    const res = await deliver(client, zendesk.path, body, stale);
    expect(res.status).toBe(401);
    expect((await res.json()).detail).toContain("more than 5 minutes");
    expect(await storedRows(database().db, "zendesk", "35438")).toHaveLength(0);
  });

  it("acknowledges an event type that carries no feedback and stores nothing", async () => {
    const body = fixture("zendesk-status-changed.json").replaceAll("35436", "35439");
    const res = await deliver(client, zendesk.path, body, await signed(body));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      status: "ignored",
      event: "zen:event-type:ticket.status_changed",
    });
    expect(await storedRows(database().db, "zendesk", "35439")).toHaveLength(0);
  });

  it("answers 404 for a missing integration, another provider's integration and an unknown provider", async () => {
    const body = fixture("zendesk-ticket-created.json");
    const headers = await signed(body);
    const missing = "/v1/webhooks/zendesk/0192f6e0-0000-7000-8000-000000000000";
    expect((await deliver(client, missing, body, headers)).status).toBe(404);
    expect((await deliver(client, "/v1/webhooks/zendesk/not-a-uuid", body, headers)).status).toBe(404);
    const intercom = await createIntegration(client, "intercom", SECRET);
    const wrong = await deliver(client, intercom.path.replace("/intercom/", "/zendesk/"), body, headers);
    expect(wrong.status).toBe(404);
    expect((await wrong.json()).detail).toBe("no zendesk integration with this id");
    const unknown = await deliver(client, zendesk.path.replace("/zendesk/", "/hubspot/"), body, headers);
    expect(unknown.status).toBe(404);
  });

  it("answers 400 for a signed body that is not JSON, and 422 naming what a ticket lacks", async () => {
    const broken = '{"type": "zen:event-type:ticket.created",';
    expect((await deliver(client, zendesk.path, broken, await signed(broken))).status).toBe(400);
    const noId = JSON.stringify({ event: "ticket.created", ticket: { subject: "no id here" } });
    const res = await deliver(client, zendesk.path, noId, await signed(noId));
    expect(res.status).toBe(422);
    expect((await res.json()).errors).toEqual([{ path: "ticket.id", message: "the ticket id is missing" }]);
  });
});
