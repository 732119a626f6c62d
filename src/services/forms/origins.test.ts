import { describe, expect, it } from "vitest";
import { normalizeOrigin } from "./origins";

describe("normalizeOrigin", () => {
  it("reduces an origin to the form browsers send in Origin", () => {
    expect(normalizeOrigin("https://Example.COM")).toBe("https://example.com");
    expect(normalizeOrigin("https://example.com/")).toBe("https://example.com");
    expect(normalizeOrigin("https://example.com:443")).toBe("https://example.com");
    expect(normalizeOrigin("http://localhost:3000")).toBe("http://localhost:3000");
    expect(normalizeOrigin(" https://xn--mgbh0fb.example ")).toBe("https://xn--mgbh0fb.example");
    expect(normalizeOrigin("https://مثال.example")).toBe("https://xn--mgbh0fb.example");
  });

  it("refuses what is not a bare http(s) origin", () => {
    for (const value of [
      "example.com",
      "https://example.com/path",
      "https://example.com/?q=1",
      "https://example.com?",
      "https://example.com/#top",
      "https://user:pw@example.com",
      "ftp://example.com",
      "javascript:alert(1)",
      "https://*.example.com",
      "*",
      "null",
      "",
    ]) {
      expect(normalizeOrigin(value), value).toBeUndefined();
    }
  });
});
