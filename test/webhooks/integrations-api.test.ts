import { beforeAll, expect, it } from "vitest";
import { createTestClient, type TestClient } from "../app";
import { describeEachDatabase } from "../db";
import { createIntegration, deliver } from "./helpers";

describeEachDatabase("integrations API", (database) => {
  let client: TestClient;
  beforeAll(async () => {
    client = await createTestClient(database().db);
  });

  it("creates an integration with a generated secret, shown once, and the URL to configure", async () => {
    const res = await client.request("POST", "/v1/integrations", {
      as: "admin",
      body: { provider: "freshdesk", name: "Support desk" },
    });
    expect(res.status).toBe(201);
    const created = await res.json();
    expect(created).toMatchObject({ provider: "freshdesk", name: "Support desk" });
    expect(created.secret).toMatch(/^whsec_[\w-]{43}$/);
    expect(created.webhookUrl).toBe(`http://localhost/v1/webhooks/freshdesk/${created.id}`);

    const list = await (await client.request("GET", "/v1/integrations", { as: "admin" })).json();
    const listed = list.items.find((i: { id: string }) => i.id === created.id);
    expect(listed).toMatchObject({
      provider: "freshdesk",
      name: "Support desk",
      webhookUrl: created.webhookUrl,
    });
    expect(JSON.stringify(list)).not.toContain(created.secret);
  });

  it("keeps a secret given by the admin (a helpdesk's own signing secret)", async () => {
    const res = await client.request("POST", "/v1/integrations", {
      as: "admin",
      body: { provider: "zendesk", name: "Zendesk EU", secret: "zd-signing-secret-123" },
    });
    expect(res.status).toBe(201);
    expect((await res.json()).secret).toBe("zd-signing-secret-123");
  });

  it("refuses an unknown provider and a blank name, naming each field", async () => {
    const res = await client.request("POST", "/v1/integrations", {
      as: "admin",
      body: { provider: "hubspot", name: " " },
    });
    expect(res.status).toBe(422);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    const paths = (await res.json()).errors.map((e: { path: string }) => e.path).sort();
    expect(paths).toEqual(["name", "provider"]);
  });

  it("lets only admin keys manage integrations", async () => {
    const body = { provider: "mentions", name: "Brand listening" };
    for (const role of ["ingest", "lead"] as const) {
      expect((await client.request("POST", "/v1/integrations", { as: role, body })).status).toBe(403);
      expect((await client.request("GET", "/v1/integrations", { as: role })).status).toBe(403);
    }
    expect((await client.request("POST", "/v1/integrations", { body })).status).toBe(401);
    expect((await client.request("GET", "/v1/integrations")).status).toBe(401);
    const { id } = await createIntegration(client, "mentions");
    expect((await client.request("DELETE", `/v1/integrations/${id}`, { as: "lead" })).status).toBe(403);
    expect(
      (await client.request("PUT", `/v1/integrations/${id}/secret`, { as: "ingest", body: {} })).status,
    ).toBe(403);
  });

  it("deletes an integration; its deliveries are then refused with 404", async () => {
    const integration = await createIntegration(client, "mentions");
    const res = await client.request("DELETE", `/v1/integrations/${integration.id}`, { as: "admin" });
    expect(res.status).toBe(204);
    const again = await client.request("DELETE", `/v1/integrations/${integration.id}`, { as: "admin" });
    expect(again.status).toBe(404);
    const delivery = await deliver(client, integration.path, "{}", {
      authorization: `Bearer ${integration.secret}`,
    });
    expect(delivery.status).toBe(404);
  });

  it("rotates a secret: the new one works, the old one is refused", async () => {
    const integration = await createIntegration(client, "mentions");
    const res = await client.request("PUT", `/v1/integrations/${integration.id}/secret`, {
      as: "admin",
      body: {},
    });
    expect(res.status).toBe(200);
    const { secret } = await res.json();
    expect(secret).not.toBe(integration.secret);
    const post = {
      id: "rot-1",
      platform: "reddit",
      text: "the new dashboard is slow",
      url: "https://reddit.com/r/acme/1",
      postedAt: "2026-11-20T10:00:00Z",
    };
    const old = await deliver(client, integration.path, JSON.stringify(post), {
      authorization: `Bearer ${integration.secret}`,
    });
    expect(old.status).toBe(401);
    const fresh = await deliver(client, integration.path, JSON.stringify(post), {
      authorization: `Bearer ${secret}`,
    });
    expect(fresh.status).toBe(201);
  });

  it("documents the integration and webhook routes in the OpenAPI document", async () => {
    const doc = await (await client.request("GET", "/openapi.json")).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/v1/integrations",
        "/v1/integrations/{id}",
        "/v1/integrations/{id}/secret",
        "/v1/webhooks/{provider}/{integrationId}",
      ]),
    );
    expect(doc.paths["/v1/integrations"].post.description).toContain("stored retrievable");
  });
});
