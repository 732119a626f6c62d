import { describe, expect, it } from "vitest";
import { parseWindowDays, windowEndingAt } from "./window";

describe("parseWindowDays", () => {
  it("reads days and weeks, and refuses anything else", () => {
    expect(["7d", "14d", "2w", "7", "90d", "1D"].map(parseWindowDays)).toEqual([7, 14, 14, 7, 90, 1]);
    expect(["0d", "91d", "13w", "week", "7h", "-7d", ""].map(parseWindowDays)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});

describe("windowEndingAt", () => {
  it("is the days before the end, and as many before that", () => {
    const w = windowEndingAt(new Date("2026-11-24T09:00:00Z"), 7);
    expect([w.previousStart, w.start, w.end].map((d) => d.toISOString())).toEqual([
      "2026-11-10T09:00:00.000Z",
      "2026-11-17T09:00:00.000Z",
      "2026-11-24T09:00:00.000Z",
    ]);
  });
});
