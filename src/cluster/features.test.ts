import { describe, expect, it } from "vitest";
import { tokenTerms } from "../text/analyze";
import { documentFeatures } from "./vectors";

describe("documentFeatures", () => {
  it("gives an English compound the same features open, hyphenated and closed", () => {
    const closed = documentFeatures("my topup failed");
    expect(documentFeatures("my top up failed")).toEqual(closed);
    expect(documentFeatures("My top-up failed")).toEqual(closed);
    expect(closed.has("w:topup")).toBe(true);
    // In a language whose Latin words are its own, the two words stay two.
    expect(documentFeatures("top up", "fr").has("w:topup")).toBe(false);
  });

  it("has as its terms what cli tokenize shows, read from the words as written", () => {
    // Letters unified, آلي "automatic" (of the ATM) has the letters of إلى "to"; only the madda tells.
    for (const text of ["الصراف الآلي لا يعطيني نقود", "صراف آلي ابتلع بطاقتي", "my top-up was declined"]) {
      const terms = [...documentFeatures(text).keys()]
        .filter((f) => f.startsWith("w:"))
        .map((f) => f.slice(2));
      expect(terms.sort()).toEqual([...new Set(tokenTerms(text))].sort());
    }
    expect(documentFeatures("الصراف الآلي لا يعمل").has("w:الي")).toBe(true);
  });
});
