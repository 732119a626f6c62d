import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM, hasChromium, launchChromium } from "./chromium";
import { type FormSite, type LiveServer, listen, startFormSite } from "./site";

/** A customer's own site on another origin: a page that embeds two forms. */
function startCustomerSite(html: () => string): Promise<LiveServer> {
  const app = new Hono();
  app.get("/", (c) => c.html(html()));
  return listen(app.fetch);
}

const title = hasChromium
  ? "the suggestion form embedded in another site (Chromium)"
  : `the suggestion form embedded in another site: SKIPPED, ${CHROMIUM} is missing (apt-get install -y chromium)`;

describe.skipIf(!hasChromium)(title, () => {
  let api: FormSite;
  let site: LiveServer;
  let allowedForm: string;
  let otherForm: string;

  beforeAll(async () => {
    api = await startFormSite();
    site = await startCustomerSite(
      () => `<!doctype html><html lang="en"><head><title>Shop</title></head><body>
<h1>Shop</h1>
<iframe id="allowed" title="Suggestions" src="${api.url}/forms/${allowedForm}" width="600" height="700"></iframe>
<iframe id="other" title="Other" src="${api.url}/forms/${otherForm}" width="600" height="700"></iframe>
</body></html>`,
    );
    allowedForm = await api.createForm({ name: "Shop", allowedOrigins: [site.url] });
    otherForm = await api.createForm({ name: "Elsewhere", allowedOrigins: ["https://elsewhere.example"] });
  });

  afterAll(async () => {
    await site?.close();
    await api?.close();
  });

  it("shows in an iframe on an allowed origin only, and takes a submission there", async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.context.newPage();
      await page.goto(site.url);
      const allowed = page.frameLocator("#allowed");
      await allowed.getByRole("heading", { name: "Share a suggestion" }).waitFor();
      // frame-ancestors: the browser refuses to show the other form inside this site.
      await page.waitForLoadState("load");
      const frameUrl = async (id: string) =>
        (await (await page.locator(`iframe#${id}`).elementHandle())?.contentFrame())?.url();
      expect(await frameUrl("allowed")).toBe(`${api.url}/forms/${allowedForm}`);
      expect(await frameUrl("other")).toBe("chrome-error://chromewebdata/");

      await allowed.getByLabel("Your suggestion").fill("Embedded forms are handy");
      await allowed.getByRole("button", { name: "Send suggestion" }).click();
      await allowed.getByRole("heading", { name: "Thank you!" }).waitFor();
    } finally {
      await browser.close();
    }
  });

  it("lets an allowed origin's own script post (CORS preflight and all); another form refuses it", async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.context.newPage();
      await page.goto(site.url);
      const post = (formId: string) =>
        page.evaluate(async (url) => {
          try {
            const res = await fetch(url, {
              method: "POST",
              headers: { "content-type": "application/json" },
              body: JSON.stringify({ text: "Posted by the shop's own script" }),
            });
            return { status: res.status, body: await res.json() };
          } catch (error) {
            return { blocked: String(error) };
          }
        }, `${api.url}/v1/forms/${formId}/submissions`);
      const ok = await post(allowedForm);
      expect(ok).toMatchObject({ status: 201, body: { id: expect.any(String) } });
      const refused = await post(otherForm);
      expect(refused).toMatchObject({ blocked: expect.stringContaining("Failed to fetch") });
    } finally {
      await browser.close();
    }
  });
});
