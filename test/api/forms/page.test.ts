import { beforeAll, expect, it } from "vitest";
import { createTestClient, type TestClient } from "../../app";
import { describeEachDatabase } from "../../db";
import { createFormAs } from "./helpers";

describeEachDatabase("GET /forms/{formId}", (database) => {
  let client: TestClient;
  let formId: string;
  beforeAll(async () => {
    client = await createTestClient(database().db);
    formId = (
      await createFormAs(client, {
        name: 'Acme <script>alert("x")</script>',
        allowedOrigins: ["https://www.acme.example", "http://localhost:3000"],
      })
    ).id;
  });

  const getPage = (path: string, headers: Record<string, string> = {}) =>
    client.request("GET", path, { headers });

  it("serves an accessible HTML page with labelled, direction-aware fields and a hidden honeypot", async () => {
    const res = await getPage(`/forms/${formId}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/html");
    const html = await res.text();
    expect(html).toContain('<html lang="en" dir="ltr">');
    expect(html).toMatch(/<label for="text">Your suggestion/);
    expect(html).toMatch(/<textarea id="text" name="text" dir="auto"[^>]* required/);
    expect(html).toMatch(/<input type="text" id="name" name="name" dir="auto"/);
    expect(html).toMatch(/<input type="email" id="email" name="email" dir="auto"/);
    expect(html).toMatch(/<legend>How satisfied are you with us\?/);
    expect(html.match(/type="radio"[^>]*name="rating"/g)).toHaveLength(5);
    expect(html).toMatch(/<div class="hp" aria-hidden="true">.*<input[^>]*name="website"[^>]*tabindex="-1"/);
    expect(html).toContain(
      `<form id="suggestion-form" method="post" action="/v1/forms/${formId}/submissions"`,
    );
    // The form's name is shown as text, never as markup.
    expect(html).toContain("Acme &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(html).not.toContain("<script>alert");
  });

  it("may be framed only by its allowed origins, and runs only its own inline script and style", async () => {
    const res = await getPage(`/forms/${formId}`);
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("frame-ancestors 'self' https://www.acme.example http://localhost:3000");
    expect(res.headers.get("x-frame-options")).toBeNull();
    const nonce = /script-src 'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    const html = await res.text();
    expect(html).toContain(`<script nonce="${nonce}">`);
    expect(html).toContain(`<style nonce="${nonce}">`);
    expect(csp).toContain("form-action 'self'");
    expect(res.headers.get("cache-control")).toBe("no-store");
    // Each page view its own nonce.
    const again = (await getPage(`/forms/${formId}`)).headers.get("content-security-policy");
    expect(again).not.toBe(csp);
  });

  it("speaks the visitor's language: Arabic and Hebrew right to left, English otherwise", async () => {
    const cases: Array<[Record<string, string>, string, string, string]> = [
      [{ "accept-language": "ar-EG,ar;q=0.9,en;q=0.8" }, "", "ar", "اقتراحك"],
      [{ "accept-language": "he-IL" }, "", "he", "ההצעה שלך"],
      [{ "accept-language": "fr-FR,fr;q=0.9,en;q=0.5" }, "", "en", "Your suggestion"],
      [{ "accept-language": "fr-FR,fr;q=0.9" }, "", "en", "Your suggestion"],
      [{ "accept-language": "en" }, "?lang=he", "he", "ההצעה שלך"],
    ];
    for (const [headers, query, lang, label] of cases) {
      const html = await (await getPage(`/forms/${formId}${query}`, headers)).text();
      expect(html, JSON.stringify(headers)).toContain(
        `<html lang="${lang}" dir="${lang === "en" ? "ltr" : "rtl"}">`,
      );
      expect(html).toContain(`<label for="text">${label}`);
      expect(html).toContain(`<input type="hidden" name="locale" value="${lang}">`);
    }
  });

  it("gives each page view a fresh submission id", async () => {
    const ids = await Promise.all(
      [1, 2].map(async () => {
        const html = await (await getPage(`/forms/${formId}`)).text();
        return /name="submissionId" value="([^"]+)"/.exec(html)?.[1];
      }),
    );
    expect(ids[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[0]).not.toBe(ids[1]);
  });

  it("answers an unknown form with a 404 page", async () => {
    for (const id of ["01928f6e-7c1a-7b3e-9a41-0c2d5e6f7a8b", "nope"]) {
      const res = await getPage(`/forms/${id}`, { "accept-language": "ar" });
      expect(res.status).toBe(404);
      expect(await res.text()).toContain("النموذج غير موجود");
    }
  });

  it("has a thank-you page for plain form posts", async () => {
    const res = await getPage(`/forms/${formId}/thanks?lang=he`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<html lang="he" dir="rtl">');
    expect(html).toContain("<h1>תודה רבה!</h1>");
    expect(html).toContain(`href="/forms/${formId}?lang=he"`);
    expect((await getPage("/forms/01928f6e-7c1a-7b3e-9a41-0c2d5e6f7a8b/thanks")).status).toBe(404);
  });

  it("documents the form routes in the OpenAPI document", async () => {
    const doc = await (await getPage("/openapi.json")).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/v1/forms", "/forms/{formId}", "/v1/forms/{formId}/submissions"]),
    );
    const submit = doc.paths["/v1/forms/{formId}/submissions"].post;
    expect(Object.keys(submit.requestBody.content)).toEqual([
      "application/json",
      "application/x-www-form-urlencoded",
      "multipart/form-data",
    ]);
  });
});
