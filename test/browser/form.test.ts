import { mkdir } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM, hasChromium, launchChromium } from "./chromium";
import { type FormSite, startFormSite } from "./site";

// UPDATE_SCREENSHOTS=1 also writes the README's screenshots of the form in English and Arabic.
const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS ? "docs/screenshots" : undefined;

const title = hasChromium
  ? "the suggestion form in a real browser (Chromium)"
  : `the suggestion form in a real browser: SKIPPED, ${CHROMIUM} is missing (apt-get install -y chromium)`;

// Every page here posts from 127.0.0.1: the whole suite must stay within one address's burst of 10.
describe.skipIf(!hasChromium)(title, () => {
  let site: FormSite;
  let formId: string;
  const findThroughApi = (q: string) => site.findThroughApi(q);

  beforeAll(async () => {
    site = await startFormSite();
    formId = await site.createForm({ name: "متجر الواحة · Oasis Store" });
  });

  afterAll(async () => {
    await site?.close();
  });

  it("lets a customer fill it in in Arabic, right to left, and a lead find it through the API", async () => {
    const browser = await launchChromium({ locale: "ar-EG", viewport: { width: 720, height: 640 } });
    try {
      const page = await browser.context.newPage();
      const consoleErrors: string[] = [];
      page.on("console", (msg) => {
        if (msg.type() === "error") consoleErrors.push(msg.text());
      });
      await page.goto(`${site.url}/forms/${formId}`);
      expect(await page.locator("html").getAttribute("lang")).toBe("ar");
      expect(await page.locator("html").getAttribute("dir")).toBe("rtl");

      const text = "أتمنى إضافة الدفع عند الاستلام في تطبيق الجوال";
      const suggestion = page.getByLabel("اقتراحك");
      await suggestion.click();
      await page.keyboard.type(text);
      expect(await suggestion.evaluate((el) => getComputedStyle(el).direction)).toBe("rtl");
      const name = page.getByLabel("اسمك");
      await name.fill("Samir");
      // dir="auto": a Latin name in the right-to-left page still reads left to right.
      expect(await name.evaluate((el) => getComputedStyle(el).direction)).toBe("ltr");
      await page.getByRole("radio", { name: "4: راضٍ" }).check();
      await page.getByLabel("بريدك الإلكتروني").fill("samir@example.com");
      if (SCREENSHOTS) {
        await mkdir(SCREENSHOTS, { recursive: true });
        await page.locator("h1").click();
        await page.screenshot({ path: `${SCREENSHOTS}/form-ar.png`, fullPage: true, animations: "disabled" });
      }

      await page.getByRole("button", { name: "إرسال الاقتراح" }).click();
      const thanks = page.getByRole("heading", { name: "شكرًا لك!" });
      await thanks.waitFor();
      // The thank-you replaced the form in place and took the focus, for screen readers.
      expect(await page.locator("#suggestion-form").isHidden()).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("thanks");
      expect(consoleErrors).toEqual([]);

      const found = await findThroughApi("الدفع عند الاستلام");
      expect(found.total).toBe(1);
      expect(found.items[0]).toMatchObject({
        channel: "form",
        source: "website-form",
        text,
        lang: "ar",
        rating: 4,
        customer: { name: "Samir", email: "samir@example.com" },
        metadata: { formId, locale: "ar" },
      });
    } finally {
      await browser.close();
    }
  });

  it("shows a server-side error next to its field and moves the focus there", async () => {
    const browser = await launchChromium({ locale: "en-US" });
    try {
      const page = await browser.context.newPage();
      await page.goto(`${site.url}/forms/${formId}`);
      // dir="auto": Hebrew typed into the English page runs right to left.
      const suggestion = page.getByLabel("Your suggestion");
      await suggestion.click();
      await page.keyboard.type("שלום");
      expect(await suggestion.evaluate((el) => getComputedStyle(el).direction)).toBe("rtl");
      await suggestion.fill("The invoice PDF is missing the VAT number");
      expect(await suggestion.evaluate((el) => getComputedStyle(el).direction)).toBe("ltr");
      await page.getByLabel("Your email").fill("not-an-email");
      await page.getByRole("button", { name: "Send suggestion" }).click();
      const error = page.locator("#email-error");
      await error.waitFor();
      expect(await error.textContent()).toContain("Please enter an email address");
      expect(await page.getByLabel("Your email").getAttribute("aria-invalid")).toBe("true");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("email");
      expect((await findThroughApi("VAT number")).total).toBe(0);

      await page.getByLabel("Your email").fill("");
      await page.getByRole("button", { name: "Send suggestion" }).click();
      await page.getByRole("heading", { name: "Thank you!" }).waitFor();
      expect((await findThroughApi("VAT number")).total).toBe(1);

      // Another suggestion from the same page is a new item, not a repeat of the first.
      await page.getByRole("button", { name: "Send another suggestion" }).click();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("text");
      await page.getByLabel("Your suggestion").fill("Also: the VAT number should be on receipts");
      await page.getByRole("button", { name: "Send suggestion" }).click();
      await page.getByRole("heading", { name: "Thank you!" }).waitFor();
      expect((await findThroughApi("VAT number")).total).toBe(2);
    } finally {
      await browser.close();
    }
  });

  it("can be filled in with the keyboard alone, the honeypot never in the way", async () => {
    const browser = await launchChromium({ locale: "en-US" });
    try {
      const page = await browser.context.newPage();
      await page.goto(`${site.url}/forms/${formId}`);
      const focused = () => page.evaluate(() => document.activeElement?.id);
      await page.keyboard.press("Tab");
      expect(await focused()).toBe("text");
      await page.keyboard.type("Keyboard only: please add shortcuts");
      await page.keyboard.press("Tab");
      expect(await focused()).toBe("rating-1");
      await page.keyboard.press("Space");
      for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
      expect(await page.getByRole("radio", { name: "4: Satisfied" }).isChecked()).toBe(true);
      await page.keyboard.press("Tab");
      expect(await focused()).toBe("name");
      await page.keyboard.press("Tab");
      expect(await focused()).toBe("email");
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.getAttribute("type"))).toBe("submit");
      await page.keyboard.press("Enter");
      await page.getByRole("heading", { name: "Thank you!" }).waitFor();
      const found = await findThroughApi("shortcuts");
      expect(found.items[0]).toMatchObject({ rating: 4, text: "Keyboard only: please add shortcuts" });
    } finally {
      await browser.close();
    }
  });

  it("works without JavaScript: errors on the page again, then a thank-you page", async () => {
    const browser = await launchChromium({ locale: "he-IL", javaScriptEnabled: false });
    try {
      const page = await browser.context.newPage();
      await page.goto(`${site.url}/forms/${formId}`);
      expect(await page.locator("html").getAttribute("dir")).toBe("rtl");
      // Only spaces: the browser's own `required` check lets it through, the server does not.
      await page.getByLabel("ההצעה שלך").fill("   ");
      await page.getByLabel("השם שלך").fill("נועה");
      await page.getByRole("button", { name: "שליחת ההצעה" }).click();
      await page.locator("#text-error").waitFor();
      expect(await page.locator("#text-error").textContent()).toBe("נא לכתוב את ההצעה שלך.");
      expect(await page.getByLabel("השם שלך").inputValue()).toBe("נועה");

      await page.getByLabel("ההצעה שלך").fill("הייתי רוצה מצב כהה באפליקציה");
      await page.getByRole("button", { name: "שליחת ההצעה" }).click();
      await page.getByRole("heading", { name: "תודה רבה!" }).waitFor();
      expect(new URL(page.url()).pathname).toBe(`/forms/${formId}/thanks`);
      const found = await findThroughApi("מצב כהה");
      expect(found.items[0]).toMatchObject({ lang: "he", customer: { name: "נועה" } });
    } finally {
      await browser.close();
    }
  });

  it.runIf(SCREENSHOTS)("takes the English screenshot", async () => {
    const browser = await launchChromium({ locale: "en-US", viewport: { width: 720, height: 640 } });
    try {
      const page = await browser.context.newPage();
      await page.goto(`${site.url}/forms/${formId}`);
      await page.getByLabel("Your suggestion").fill("Please let me pay on delivery in the mobile app.");
      await page.getByRole("radio", { name: "4: Satisfied" }).check();
      await page.getByLabel("Your name").fill("Sam Carter");
      await page.locator("h1").click();
      await page.screenshot({ path: `${SCREENSHOTS}/form-en.png`, fullPage: true, animations: "disabled" });
    } finally {
      await browser.close();
    }
  });
});
