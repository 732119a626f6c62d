import { beforeAll, expect, it } from "vitest";
import { createTestClient, type TestClient } from "../app";
import { describeEachDatabase } from "../db";

async function expectProblem(res: Response, status: number, path?: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  const body = await res.json();
  expect(body).toMatchObject({
    status,
    type: expect.any(String),
    title: expect.any(String),
    detail: expect.any(String),
  });
  expect(body.requestId).toBe(res.headers.get("x-request-id"));
  if (path) expect(body.errors.map((e: { path: string }) => e.path)).toContain(path);
  return body;
}

describeEachDatabase("feedback: bad input is a 4xx naming the field", (database) => {
  let client: TestClient;
  const post = (body: unknown, headers?: Record<string, string>) =>
    client.request("POST", "/v1/feedback", { as: "ingest", body, headers });

  beforeAll(async () => {
    client = await createTestClient(database().db);
  });

  it("malformed JSON is 400", async () => {
    await expectProblem(
      await post('{"channel": "form", "text": ', { "content-type": "application/json" }),
      400,
    );
  });

  it("a body that is not declared as JSON is 415", async () => {
    await expectProblem(
      await post("channel=form&text=hi", { "content-type": "application/x-www-form-urlencoded" }),
      415,
    );
    await expectProblem(await client.request("POST", "/v1/feedback", { as: "ingest", body: '{"a":1}' }), 415);
  });

  it.each([
    ["missing text", { channel: "form" }, "text", "is required"],
    ["blank text", { channel: "form", text: " \n\t " }, "text", "must not be blank"],
    ["text of NULs only", { channel: "form", text: "\u0000\u0000" }, "text", "must not be blank"],
    [
      "over-long text",
      { channel: "form", text: "x".repeat(10_001) },
      "text",
      "must be at most 10,000 characters",
    ],
    [
      "lone surrogate",
      { channel: "form", text: "broken \ud83d text" },
      "text",
      "contains an unpaired UTF-16 surrogate",
    ],
    ["wrong type", { channel: "form", text: 42 }, "text", "must be a string"],
    ["unknown channel", { channel: "email", text: "hi" }, "channel", undefined],
    ["bad rating", { channel: "form", text: "hi", rating: "five" }, "rating", undefined],
    ["bad date", { channel: "form", text: "hi", createdAt: "yesterday" }, "createdAt", undefined],
    ["long source", { channel: "form", text: "hi", source: "s".repeat(65) }, "source", undefined],
    ["NUL in externalId", { channel: "form", text: "hi", externalId: "a\u0000b" }, "externalId", undefined],
    ["bad customer", { channel: "form", text: "hi", customer: "bob" }, "customer", undefined],
    ["bad lang", { channel: "form", text: "hi", lang: "not a tag!" }, "lang", undefined],
    ["metadata not an object", { channel: "form", text: "hi", metadata: [1, 2] }, "metadata", undefined],
  ])("%s is 422 naming the field", async (_, body, path, message) => {
    const problem = await expectProblem(await post(body), 422, path);
    if (message) expect(problem.errors).toContainEqual({ path, message });
  });

  it("10,000 characters of emoji are accepted: characters, not UTF-16 units", async () => {
    expect((await post({ channel: "form", text: "😡".repeat(10_000) })).status).toBe(201);
  });

  it("deeply nested metadata is 422, not a crash", async () => {
    const json = { "content-type": "application/json" };
    const deep = `{"channel":"form","text":"hi","metadata":${'{"a":'.repeat(5_000)}1${"}".repeat(5_000)}}`;
    await expectProblem(await post(deep, json), 422, "metadata");
    await expectProblem(
      await post(`{"channel":"form","text":"hi","metadata":${"[".repeat(100_000)}`, json),
      400,
    );
  });

  it("a body over 1 MiB is 413", async () => {
    await expectProblem(
      await post({ channel: "form", text: "hi", metadata: { pad: "x".repeat(1_100_000) } }),
      413,
    );
  });

  it("a batch over 1000 items is 422 and stores nothing", async () => {
    const items = Array.from({ length: 1001 }, (_, i) => ({ channel: "form", text: `batch overflow ${i}` }));
    await expectProblem(
      await client.request("POST", "/v1/feedback/batch", { as: "ingest", body: { items } }),
      422,
    );
    const list = await client.request("GET", "/v1/feedback?q=overflow", { as: "lead" });
    expect((await list.json()).total).toBe(0);
  });

  it("bad query parameters are 400", async () => {
    await expectProblem(await client.request("GET", "/v1/feedback?limit=500", { as: "lead" }), 400, "limit");
    await expectProblem(await client.request("GET", "/v1/feedback?cursor=garbage", { as: "lead" }), 400);
  });

  it("an unknown item is 404, also for ids that are no UUID", async () => {
    for (const id of ["01928f6e-7c1a-7b3e-9a41-0c2d5e6f7a8b", "nope"]) {
      await expectProblem(await client.request("GET", `/v1/feedback/${id}`, { as: "lead" }), 404);
      await expectProblem(
        await client.request("PUT", `/v1/feedback/${id}/tags`, { as: "lead", body: { tags: [] } }),
        404,
      );
    }
  });

  it("an unknown route is 404 problem+json", async () => {
    await expectProblem(await client.request("GET", "/v1/nothing-here"), 404);
  });
});
