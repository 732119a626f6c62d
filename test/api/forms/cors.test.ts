import { beforeAll, expect, it } from "vitest";
import { createTestClient, type TestClient } from "../../app";
import { describeEachDatabase } from "../../db";
import { createFormAs, findItems, freshAddress, fromAddress, submit } from "./helpers";

const ALLOWED = "https://shop.example.com";

describeEachDatabase("form submissions: allowed origins (CORS)", (database) => {
  let client: TestClient;
  let formId: string;
  beforeAll(async () => {
    client = await createTestClient(database().db);
    formId = (await createFormAs(client, { name: "Shop", allowedOrigins: [`${ALLOWED}/`] })).id;
  });

  const preflight = (origin: string, id = formId) =>
    Promise.resolve(
      client.app.request(
        `/v1/forms/${id}/submissions`,
        {
          method: "OPTIONS",
          headers: {
            origin,
            "access-control-request-method": "POST",
            "access-control-request-headers": "content-type",
          },
        },
        fromAddress(freshAddress()),
      ),
    );

  it("answers the preflight of an allowed origin", async () => {
    const res = await preflight(ALLOWED);
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe(ALLOWED);
    expect(res.headers.get("access-control-allow-methods")).toContain("POST");
    expect(res.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("content-type");
    expect(res.headers.get("vary")).toContain("Origin");
  });

  it("refuses the preflight of any other origin, with no CORS headers", async () => {
    const res = await preflight("https://evil.example");
    expect(res.status).toBe(403);
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
    expect((await preflight(ALLOWED, "01928f6e-7c1a-7b3e-9a41-0c2d5e6f7a8b")).status).toBe(404);
  });

  it("stores a post from an allowed origin and lets its script read the answer", async () => {
    const res = await submit(client, formId, { text: "cors allowed post" }, { headers: { origin: ALLOWED } });
    expect(res.status).toBe(201);
    expect(res.headers.get("access-control-allow-origin")).toBe(ALLOWED);
    expect(res.headers.get("vary")).toContain("Origin");
  });

  it("lets an allowed origin's script read errors too", async () => {
    const res = await submit(client, formId, { text: " " }, { headers: { origin: ALLOWED } });
    expect(res.status).toBe(422);
    expect(res.headers.get("access-control-allow-origin")).toBe(ALLOWED);
  });

  it("refuses a post from another origin with 403, no CORS headers, nothing stored", async () => {
    for (const form of [false, true]) {
      const res = await submit(
        client,
        formId,
        { text: "cors refused post" },
        { form, headers: { origin: "https://evil.example" } },
      );
      expect(res.status).toBe(403);
      expect(res.headers.get("access-control-allow-origin")).toBeNull();
    }
    expect((await findItems(client, "cors refused")).total).toBe(0);
  });

  it("accepts the form page posting to its own server", async () => {
    const res = await submit(
      client,
      formId,
      { text: "same origin post" },
      { form: true, browser: true, headers: { origin: "http://localhost" } },
    );
    expect(res.status).toBe(303);
    expect((await findItems(client, "same origin")).total).toBe(1);
  });
});
