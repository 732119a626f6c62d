import { describe, expect, it } from "vitest";
import { redactPersonalData } from "./personal-data";

describe("redactPersonalData", () => {
  it("redacts emails", () => {
    expect(redactPersonalData("write to Jane.Doe+bank@example.co.uk now")).toBe("write to [email] now");
  });

  it("redacts card numbers that pass the Luhn check, in any grouping", () => {
    expect(redactPersonalData("card 4111 1111 1111 1111 was charged")).toBe("card [card] was charged");
    expect(redactPersonalData("card 4111-1111-1111-1111.")).toBe("card [card].");
    // Sixteen digits failing the Luhn check are neither a card nor a phone number.
    expect(redactPersonalData("ref 4111111111111112")).toBe("ref 4111111111111112");
  });

  it("redacts phone numbers in local and international forms, also in Arabic-Indic digits", () => {
    expect(redactPersonalData("call +1 (555) 123-4567 please")).toBe("call [phone] please");
    expect(redactPersonalData("my number is 050-1234567")).toBe("my number is [phone]");
    expect(redactPersonalData("06 12 34 56 78")).toBe("[phone]");
    expect(redactPersonalData("رقمي ٠٥٠١٢٣٤٥٦٧ شكرا")).toBe("رقمي [phone] شكرا");
  });

  it("leaves amounts, dates and short numbers alone", () => {
    const text = "charged 120.50 twice on 2026-11-02, order 12345, 3 days ago";
    expect(redactPersonalData(text)).toBe(text);
  });
});
