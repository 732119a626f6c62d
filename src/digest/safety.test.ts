import { describe, expect, it } from "vitest";
import {
  escapeAndCut,
  escapeMrkdwn,
  flattenText,
  isRightToLeft,
  redactPersonalData,
  safeText,
} from "./safety";

describe("escapeMrkdwn", () => {
  it("turns mentions and links written by a customer into inert text", () => {
    expect(escapeMrkdwn("hey <!channel> <@U123> <https://evil.example|bank> & co")).toBe(
      "hey &lt;!channel&gt; &lt;@U123&gt; &lt;https://evil.example|bank&gt; &amp; co",
    );
    expect(escapeMrkdwn("&lt;")).toBe("&amp;lt;");
  });
});

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

describe("escapeAndCut", () => {
  it("never cuts inside a surrogate pair, a grapheme or an escape entity", () => {
    expect(escapeAndCut("ab😀😀😀", 5)).toBe("ab😀…");
    expect(escapeAndCut("a<<<<", 8)).toBe("a&lt;…");
    expect(escapeAndCut("e\u0301e\u0301e\u0301e\u0301", 4)).toBe("e\u0301…");
  });

  it("cuts at a word boundary when one is near and keeps short text whole", () => {
    expect(escapeAndCut("the card never arrived at all", 20)).toBe("the card never…");
    expect(escapeAndCut("short", 5)).toBe("short");
  });
});

describe("safeText", () => {
  it("isolates right-to-left quotes and leaves left-to-right ones as they are", () => {
    expect(safeText("لم تصل بطاقتي", 100)).toBe("\u2067لم تصل بطاقتي\u2069");
    expect(safeText("הכרטיס שלי לא הגיע", 100)).toBe("\u2067הכרטיס שלי לא הגיע\u2069");
    expect(safeText("123 my card", 100)).toBe("123 my card");
    expect(isRightToLeft("123 بطاقتي")).toBe(true);
  });

  it("keeps a customer's backticks from opening a code block", () => {
    expect(safeText("```rm -rf``` it broke", 100)).toBe(
      "\u02CB\u02CB\u02CBrm -rf\u02CB\u02CB\u02CB it broke",
    );
  });

  it("drops a customer's own bidirectional controls and line breaks", () => {
    expect(flattenText("a\u202Eb\nc\u2066d")).toBe("ab cd");
  });

  it("stays within its length even when escaping and isolation add characters", () => {
    const out = safeText("<".repeat(50), 20);
    expect(out.length).toBeLessThanOrEqual(20);
    expect(out.endsWith("…")).toBe(true);
    const rtl = safeText("ب".repeat(50), 20);
    expect(rtl.length).toBeLessThanOrEqual(20);
  });
});
