import { describe, expect, it } from "vitest";
import { escapeAndCut, escapeMrkdwn, flattenText, isRightToLeft, safeText } from "./safety";

describe("escapeMrkdwn", () => {
  it("turns mentions and links written by a customer into inert text", () => {
    expect(escapeMrkdwn("hey <!channel> <@U123> <https://evil.example|bank> & co")).toBe(
      "hey &lt;!channel&gt; &lt;@U123&gt; &lt;https://evil.example|bank&gt; &amp; co",
    );
    expect(escapeMrkdwn("&lt;")).toBe("&amp;lt;");
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

  it("quotes a ticket without its signature and the reply it quotes: no name, no title, no agent's words", () => {
    const ticket = [
      "The export to CSV fails every time.",
      "",
      "Kind regards,",
      "Sarah Cohen",
      "Head of Finance, Example Ltd",
      "",
      "On Mon, 3 Nov 2026 at 09:12, Acme Support <help@acme.example> wrote:",
      "> Please try again later.",
    ].join("\n");
    expect(safeText(ticket, 200)).toBe("The export to CSV fails every time.");
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
