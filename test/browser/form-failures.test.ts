import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM, hasChromium, launchChromium } from "./chromium";
import { type FormSite, startFormSite } from "./site";

const title = hasChromium
  ? "the suggestion form when sending fails (Chromium)"
  : `the suggestion form when sending fails: SKIPPED, ${CHROMIUM} is missing (apt-get install -y chromium)`;

describe.skipIf(!hasChromium)(title, () => {
  let site: FormSite;
  let formId: string;

  beforeAll(async () => {
    site = await startFormSite();
    formId = await site.createForm({ name: "Oasis Store" });
  });

  afterAll(async () => {
    await site?.close();
  });

  it("tells the visitor, in their language, when they are rate limited or offline, and lets them retry", async () => {
    const browser = await launchChromium({ locale: "ar" });
    try {
      const page = await browser.context.newPage();
      await page.goto(`${site.url}/forms/${formId}`);
      const alert = page.getByRole("alert");
      const send = page.getByRole("button", { name: "إرسال الاقتراح" });
      await page.getByLabel("اقتراحك").fill("أرجو إضافة الوضع الليلي");

      // What the browser gets when this address has used up its submissions.
      await page.route("**/submissions", (route) =>
        route.fulfill({
          status: 429,
          headers: { "content-type": "application/problem+json", "retry-after": "60" },
          body: JSON.stringify({
            type: "about:blank",
            title: "Too many requests",
            status: 429,
            detail: "",
            requestId: "",
          }),
        }),
      );
      await send.click();
      await alert.filter({ hasText: "بضع دقائق" }).waitFor();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("form-alert");
      expect(await send.isEnabled()).toBe(true);

      await page.unroute("**/submissions");
      await page.route("**/submissions", (route) => route.abort("internetdisconnected"));
      await send.click();
      await alert.filter({ hasText: "تعذّر إرسال اقتراحك" }).waitFor();
      expect(await page.getByLabel("اقتراحك").inputValue()).toBe("أرجو إضافة الوضع الليلي");

      await page.unroute("**/submissions");
      await send.click();
      await page.getByRole("heading", { name: "شكرًا لك!" }).waitFor();
      expect(await alert.isHidden()).toBe(true);
      expect((await site.findThroughApi("الوضع الليلي")).total).toBe(1);
    } finally {
      await browser.close();
    }
  });
});
