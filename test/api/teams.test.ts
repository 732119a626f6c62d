import { beforeAll, expect, it } from "vitest";
import { createTestClient, type TestClient } from "../app";
import { describeEachDatabase } from "../db";

describeEachDatabase("teams", (database) => {
  let client: TestClient;
  beforeAll(async () => {
    client = await createTestClient(database().db);
  });

  it("lets an admin define, read, replace and remove a team", async () => {
    const created = await client.request("POST", "/v1/teams", {
      as: "admin",
      body: { name: "Cards", slackChannel: "#team-cards", tags: ["cards", "cards", "delivery"] },
    });
    expect(created.status).toBe(201);
    const team = await created.json();
    expect(team).toMatchObject({
      name: "Cards",
      slackChannel: "#team-cards",
      tags: ["cards", "delivery"],
      painPointIds: [],
    });
    expect(created.headers.get("location")).toBe(`/v1/teams/${team.id}`);

    const pp = "0190f0f0-0000-7000-8000-000000000001";
    const put = await client.request("PUT", `/v1/teams/${team.id}`, {
      as: "admin",
      body: { name: "Cards & delivery", slackChannel: "C0123ABCD", painPointIds: [pp] },
    });
    expect(await put.json()).toMatchObject({
      name: "Cards & delivery",
      slackChannel: "C0123ABCD",
      tags: [],
      painPointIds: [pp],
    });
    const list = await (await client.request("GET", "/v1/teams", { as: "admin" })).json();
    expect(list.items.map((t: { name: string }) => t.name)).toContain("Cards & delivery");

    expect((await client.request("DELETE", `/v1/teams/${team.id}`, { as: "admin" })).status).toBe(204);
    expect((await client.request("GET", `/v1/teams/${team.id}`, { as: "admin" })).status).toBe(404);
  });

  it("refuses a taken name, a bad channel and non-admins", async () => {
    await client.request("POST", "/v1/teams", {
      as: "admin",
      body: { name: "Payments", slackChannel: "#payments" },
    });
    const again = await client.request("POST", "/v1/teams", {
      as: "admin",
      body: { name: "Payments", slackChannel: "#p2" },
    });
    expect(again.status).toBe(409);
    expect(again.headers.get("content-type")).toContain("application/problem+json");
    const bad = await client.request("POST", "/v1/teams", {
      as: "admin",
      body: { name: "X", slackChannel: "<!channel>", painPointIds: ["nope"] },
    });
    expect(bad.status).toBe(422);
    expect((await bad.json()).errors.map((e: { path: string }) => e.path)).toEqual([
      "slackChannel",
      "painPointIds.0",
    ]);
    expect((await client.request("GET", "/v1/teams", { as: "lead" })).status).toBe(403);
    expect((await client.request("GET", "/v1/teams")).status).toBe(401);
  });
});
