import { beforeAll, expect, it } from "vitest";
import { createTestClient, type TestClient } from "../app";
import { describeEachDatabase } from "../db";
import {
  type CreatedIntegration,
  createIntegration,
  deliver,
  fixture,
  readItem,
  storedRows,
} from "./helpers";

describeEachDatabase("POST /v1/webhooks/freshdesk/{id}", (database) => {
  let client: TestClient;
  let freshdesk: CreatedIntegration;
  const basic = (user: string, password: string) => ({
    authorization: `Basic ${btoa(`${user}:${password}`)}`,
  });
  beforeAll(async () => {
    client = await createTestClient(database().db);
    freshdesk = await createIntegration(client, "freshdesk");
  });

  it("stores a ticket sent with the secret as Basic auth password, Hebrew HTML as text", async () => {
    const body = fixture("freshdesk-simple.json");
    const res = await deliver(client, freshdesk.path, body, basic("freshdesk", freshdesk.secret));
    expect(res.status).toBe(201);
    const item = await readItem(client, (await res.json()).id);
    expect(item).toMatchObject({
      source: "freshdesk",
      externalId: "1187",
      text: "שלום,\nההזמנה שלי הגיעה עם מסך שבור.\n\nמצרף תמונה.\nOrder #A-5521",
      lang: "he",
      customer: { id: "77012003", email: "david.cohen@example.co.il", name: "דוד כהן" },
      metadata: { priority: "High", tags: ["shipping", "damaged"] },
    });
    const redelivered = await deliver(client, freshdesk.path, body, { "x-webhook-secret": freshdesk.secret });
    expect(redelivered.status).toBe(200);
    expect(await storedRows(database().db, "freshdesk", "1187")).toHaveLength(1);
  });

  it("stores a survey result from the JSON template with its rating on the 1–5 scale", async () => {
    const body = fixture("freshdesk-template-rated.json");
    const res = await deliver(client, freshdesk.path, body, { authorization: `Bearer ${freshdesk.secret}` });
    expect(res.status).toBe(201);
    const item = await readItem(client, (await res.json()).id);
    expect(item).toMatchObject({
      externalId: "1190",
      text: "I returned the headphones three weeks ago and the refund is still pending.",
      rating: 1,
      createdAt: "2026-11-18T08:30:00.000Z",
      metadata: { csatComment: "Three weeks and still no refund" },
    });
  });

  it("refuses a delivery without the secret or with a wrong one", async () => {
    const body = fixture("freshdesk-simple.json").replace("1187", "1188");
    expect((await deliver(client, freshdesk.path, body)).status).toBe(401);
    expect((await deliver(client, freshdesk.path, body, basic("freshdesk", "guess"))).status).toBe(401);
    const other = await createIntegration(client, "freshdesk");
    expect((await deliver(client, freshdesk.path, body, { "x-webhook-secret": other.secret })).status).toBe(
      401,
    );
    expect(await storedRows(database().db, "freshdesk", "1188")).toHaveLength(0);
  });

  it("acknowledges a template event it does not store", async () => {
    const body = JSON.stringify({ event: "ticket.deleted", ticket: { id: "1189" } });
    const res = await deliver(client, freshdesk.path, body, { "x-webhook-secret": freshdesk.secret });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ignored", event: "ticket.deleted" });
  });
});
