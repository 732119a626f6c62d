import { describe, expect, it } from "vitest";
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
});
