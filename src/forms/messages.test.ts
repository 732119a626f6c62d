import { describe, expect, it } from "vitest";
import { LOCALES, MESSAGES, negotiateLocale } from "./messages";

describe("negotiateLocale", () => {
  it("picks the best supported language of Accept-Language", () => {
    expect(negotiateLocale("ar-EG,ar;q=0.9,en;q=0.8")).toBe("ar");
    expect(negotiateLocale("fr-FR,fr;q=0.9,he;q=0.7,en;q=0.5")).toBe("he");
    expect(negotiateLocale("en;q=0.4, ar;q=0.6")).toBe("ar");
    expect(negotiateLocale("iw")).toBe("he");
    expect(negotiateLocale("de-CH")).toBe("en");
    expect(negotiateLocale("ar;q=0")).toBe("en");
    expect(negotiateLocale(undefined)).toBe("en");
    expect(negotiateLocale("*")).toBe("en");
  });

  it("lets a requested language win when it is supported", () => {
    expect(negotiateLocale("ar", "he-IL")).toBe("he");
    expect(negotiateLocale("ar", "EN")).toBe("en");
    expect(negotiateLocale("ar", "fr")).toBe("ar");
  });
});

describe("MESSAGES", () => {
  it("has every message, non-empty, in every language", () => {
    const keys = Object.keys(MESSAGES.en).sort();
    for (const locale of LOCALES) {
      expect(Object.keys(MESSAGES[locale]).sort(), locale).toEqual(keys);
      for (const [key, value] of Object.entries(MESSAGES[locale])) {
        const values = Array.isArray(value) ? value : [value];
        expect(
          values.every((v) => typeof v === "string" && v.trim() !== ""),
          `${locale}.${key}`,
        ).toBe(true);
      }
    }
  });
});
