import { beforeAll, expect, it } from "vitest";
import { createTestClient, type TestClient } from "../../app";
import { describeEachDatabase } from "../../db";

describeEachDatabase("POST /v1/forms", (database) => {
  let client: TestClient;
  beforeAll(async () => {
    client = await createTestClient(database().db);
  });

  it("creates a form for an admin, normalizing its origins", async () => {
    const res = await client.request("POST", "/v1/forms", {
      as: "admin",
      body: {
        name: "Help centre",
        allowedOrigins: [
          "https://Help.Example.com:443/",
          "http://localhost:3000",
          "https://help.example.com",
        ],
      },
    });
    expect(res.status).toBe(201);
    const form = await res.json();
    expect(form).toMatchObject({
      name: "Help centre",
      source: "website-form",
      allowedOrigins: ["https://help.example.com", "http://localhost:3000"],
      page: `/forms/${form.id}`,
      submissions: `/v1/forms/${form.id}/submissions`,
    });
    expect(form.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect((await client.request("GET", form.page)).status).toBe(200);
  });

  it("keeps a source of the form's own for its items", async () => {
    const res = await client.request("POST", "/v1/forms", {
      as: "admin",
      body: { name: "In-app", source: "in-app-widget" },
    });
    expect(await res.json()).toMatchObject({ source: "in-app-widget", allowedOrigins: [] });
  });

  it("names invalid fields in a 422", async () => {
    const cases: Array<[unknown, string]> = [
      [{ name: "  " }, "name"],
      [{}, "name"],
      [{ name: "x", allowedOrigins: ["https://example.com/path"] }, "allowedOrigins.0"],
      [{ name: "x", allowedOrigins: ["example.com"] }, "allowedOrigins.0"],
      [{ name: "x", allowedOrigins: ["https://ok.example", "ftp://files.example"] }, "allowedOrigins.1"],
      [{ name: "x", allowedOrigins: ["https://*.example.com"] }, "allowedOrigins.0"],
    ];
    for (const [body, path] of cases) {
      const res = await client.request("POST", "/v1/forms", { as: "admin", body });
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect((await res.json()).errors.map((e: { path: string }) => e.path)).toEqual([path]);
    }
  });

  it("is for admins only: 401 without a key, 403 for the other roles", async () => {
    const body = { name: "Sneaky" };
    expect((await client.request("POST", "/v1/forms", { body })).status).toBe(401);
    expect((await client.request("POST", "/v1/forms", { body, key: "pp_unknown" })).status).toBe(401);
    for (const role of ["ingest", "lead"] as const) {
      const res = await client.request("POST", "/v1/forms", { as: role, body });
      expect(res.status, role).toBe(403);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
    }
  });

  it("lists the forms, newest first, for admins only", async () => {
    const first = await (
      await client.request("POST", "/v1/forms", { as: "admin", body: { name: "Listed 1" } })
    ).json();
    const second = await (
      await client.request("POST", "/v1/forms", { as: "admin", body: { name: "Listed 2" } })
    ).json();
    const res = await client.request("GET", "/v1/forms", { as: "admin" });
    expect(res.status).toBe(200);
    const ids = (await res.json()).items.map((f: { id: string }) => f.id);
    expect(ids.indexOf(second.id)).toBeLessThan(ids.indexOf(first.id));
    expect(ids.indexOf(second.id)).toBeGreaterThanOrEqual(0);
    expect((await client.request("GET", "/v1/forms", { as: "lead" })).status).toBe(403);
    expect((await client.request("GET", "/v1/forms")).status).toBe(401);
  });

  it("wants JSON", async () => {
    const res = await client.request("POST", "/v1/forms", {
      as: "admin",
      body: "name=x",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(res.status).toBe(415);
  });
});
