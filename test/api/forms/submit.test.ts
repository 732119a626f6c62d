import { beforeAll, expect, it } from "vitest";
import { createTestClient, type TestClient } from "../../app";
import { describeEachDatabase } from "../../db";
import { createFormAs, findItems, freshAddress, fromAddress, submit } from "./helpers";

describeEachDatabase("POST /v1/forms/{formId}/submissions", (database) => {
  let client: TestClient;
  let formId: string;
  beforeAll(async () => {
    client = await createTestClient(database().db);
    formId = (await createFormAs(client, { name: "Website" })).id;
  });

  it("stores a JSON submission as a form item and answers 201 with its id", async () => {
    const res = await submit(client, formId, {
      text: "لا أستطيع تغيير كلمة المرور من التطبيق",
      email: "layla@example.com",
      name: "ليلى",
      rating: 2,
      website: "",
    });
    expect(res.status).toBe(201);
    const { id } = await res.json();
    const item = await (await client.request("GET", `/v1/feedback/${id}`, { as: "lead" })).json();
    expect(item).toMatchObject({
      channel: "form",
      source: "website-form",
      text: "لا أستطيع تغيير كلمة المرور من التطبيق",
      lang: "ar",
      customer: { email: "layla@example.com", name: "ليلى" },
      rating: 2,
      metadata: { formId },
    });
  });

  it("takes a form-encoded body, answering a script with 201 JSON", async () => {
    const res = await submit(
      client,
      formId,
      { text: "Dark mode please", rating: "5", email: "" },
      { form: true },
    );
    expect(res.status).toBe(201);
    const { id } = await res.json();
    const item = await (await client.request("GET", `/v1/feedback/${id}`, { as: "lead" })).json();
    expect(item).toMatchObject({ text: "Dark mode please", rating: 5, customer: null });
  });

  it("takes a multipart body as well", async () => {
    const body = new FormData();
    body.set("text", "Multipart works too");
    body.set("rating", "3");
    const res = await client.app.request(
      `/v1/forms/${formId}/submissions`,
      { method: "POST", body },
      fromAddress(freshAddress()),
    );
    expect(res.status).toBe(201);
    const { id } = await res.json();
    const item = await (await client.request("GET", `/v1/feedback/${id}`, { as: "lead" })).json();
    expect(item).toMatchObject({ text: "Multipart works too", rating: 3 });
  });

  it("answers a plain browser form post with 303 to the thank-you page in the visitor's language", async () => {
    const res = await submit(
      client,
      formId,
      { text: "Export to CSV would save me hours", locale: "ar" },
      { form: true, browser: true },
    );
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/forms/${formId}/thanks?lang=ar`);
    expect((await findItems(client, "Export to CSV")).total).toBe(1);
  });

  it("answers a filled honeypot like a success and stores nothing", async () => {
    const json = await submit(client, formId, {
      text: "cheap pills honeypot-json",
      website: "http://spam.example",
    });
    expect(json.status).toBe(201);
    const { id } = await json.json();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await client.request("GET", `/v1/feedback/${id}`, { as: "lead" })).status).toBe(404);

    const html = await submit(
      client,
      formId,
      { text: "cheap pills honeypot-form", website: "x" },
      { form: true, browser: true },
    );
    expect(html.status).toBe(303);
    // Even an otherwise invalid bot submission hears success.
    expect((await submit(client, formId, { text: " ", website: "x" })).status).toBe(201);
    expect((await findItems(client, "honeypot")).total).toBe(0);
  });

  it("stores a double submit of the same filled-in form once", async () => {
    const body = { text: "Please add a search box", submissionId: "0192aaaa-bbbb-7ccc-8ddd-eeeeffff0001" };
    const first = await submit(client, formId, body);
    const second = await submit(client, formId, body);
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    expect((await second.json()).id).toBe((await first.json()).id);
    expect((await findItems(client, "search box")).total).toBe(1);
  });

  it("names each invalid field in a problem+json 422", async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ text: "   " }, "text"],
      [{}, "text"],
      [{ text: "x".repeat(10_001) }, "text"],
      [{ text: "ok", email: "not-an-email" }, "email"],
      [{ text: "ok", rating: 7 }, "rating"],
      [{ text: "ok", rating: 2.5 }, "rating"],
      [{ text: "ok", name: "n".repeat(257) }, "name"],
    ];
    for (const [body, field] of cases) {
      const res = await submit(client, formId, body);
      expect(res.status, JSON.stringify(body).slice(0, 60)).toBe(422);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
      const problem = await res.json();
      expect(problem.errors.map((e: { path: string }) => e.path)).toEqual([field]);
    }
  });

  it("shows a plain form post its errors on the page again, keeping what was typed", async () => {
    const res = await submit(
      client,
      formId,
      { text: "   ", name: "Dana <b>", email: "dana@example.com", rating: "4" },
      { form: true, browser: true },
    );
    expect(res.status).toBe(422);
    expect(res.headers.get("content-type")).toContain("text/html");
    const page = await res.text();
    expect(page).toContain('<p id="text-error" class="error">Please write your suggestion.</p>');
    expect(page).toMatch(/<textarea id="text"[^>]*aria-invalid="true"/);
    expect(page).toContain('value="Dana &lt;b&gt;"');
    expect(page).toContain('value="dana@example.com"');
    expect(page).toMatch(/id="rating-4" name="rating" value="4" checked/);
  });

  it("refuses malformed JSON with 400 and other body types with 415", async () => {
    const broken = await submit(client, formId, '{"text": "hi"', {
      headers: { "content-type": "application/json" },
    });
    expect(broken.status).toBe(400);
    const plain = await submit(client, formId, "text=hi", { headers: { "content-type": "text/plain" } });
    expect(plain.status).toBe(415);
  });

  it("answers 404 for an unknown form, as problem+json or, to a browser, as a page", async () => {
    const unknown = "01928f6e-7c1a-7b3e-9a41-0c2d5e6f7a8b";
    const json = await submit(client, unknown, { text: "hello" });
    expect(json.status).toBe(404);
    expect(json.headers.get("content-type")).toContain("application/problem+json");
    expect((await submit(client, "not-a-uuid", { text: "hello" })).status).toBe(404);
    const page = await submit(client, unknown, { text: "hello" }, { form: true, browser: true });
    expect(page.status).toBe(404);
    expect(await page.text()).toContain("Form not found");
  });

  it("refuses a body over 1 MiB with 413", async () => {
    const res = await submit(client, formId, { text: "y".repeat(1024 * 1024 + 10) });
    expect(res.status).toBe(413);
  });
});

describeEachDatabase("form submissions: rate limit", (database) => {
  let client: TestClient;
  let formId: string;
  beforeAll(async () => {
    client = await createTestClient(database().db);
    formId = (await createFormAs(client, { name: "Limits" })).id;
  });

  it("answers the 11th submission at once from one address with 429 and Retry-After", async () => {
    const address = freshAddress();
    const answers = await Promise.all(
      Array.from({ length: 11 }, (_, i) => submit(client, formId, { text: `burst ${i}` }, { address })),
    );
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(10);
    const limited = answers.find((r) => r.status === 429);
    expect(limited?.headers.get("content-type")).toContain("application/problem+json");
    const retryAfter = Number(limited?.headers.get("retry-after"));
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // Another address is not affected; the same one still is, also for a plain form post.
    expect((await submit(client, formId, { text: "someone else" })).status).toBe(201);
    const page = await submit(client, formId, { text: "again" }, { address, form: true, browser: true });
    expect(page.status).toBe(429);
    expect(page.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await page.text()).toContain("Please try again in a few minutes");
  });

  it("counts IPv6 clients by their /64", async () => {
    const answers = await Promise.all(
      Array.from({ length: 11 }, (_, i) =>
        submit(client, formId, { text: `v6 ${i}` }, { address: `2001:db8:5:6::${(i + 1).toString(16)}` }),
      ),
    );
    expect(answers.map((r) => r.status).filter((s) => s === 429)).toHaveLength(1);
  });
});
