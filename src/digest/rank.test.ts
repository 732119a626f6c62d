import { describe, expect, it } from "vitest";
import { type PainPointStats, rankPainPoints } from "./rank";

function stats(id: string, over: Partial<PainPointStats>): PainPointStats {
  return {
    id,
    label: id,
    keywords: [],
    count: 10,
    previousCount: 10,
    customers: 10,
    atRiskCustomers: 0,
    channels: { ticket: over.count ?? 10 },
    ratedCount: 0,
    satisfaction: null,
    ...over,
  };
}

describe("rankPainPoints", () => {
  it("puts a small pain point that grows fast above a large flat one", () => {
    const ranked = rankPainPoints(
      [
        stats("large-flat", { count: 200, previousCount: 200, customers: 150 }),
        stats("small-new", { count: 12, previousCount: 0, customers: 12 }),
      ],
      { windowDays: 7 },
    );
    expect(ranked.map((r) => r.id)).toEqual(["small-new", "large-flat"]);
    expect(ranked.map((r) => r.rank)).toEqual([1, 2]);
  });

  it("puts a pain point that doubled above a flat one several times its size", () => {
    const ranked = rankPainPoints(
      [
        stats("big-flat", { count: 362, previousCount: 348, customers: 335 }),
        stats("doubling", { count: 37, previousCount: 19, customers: 37 }),
      ],
      { windowDays: 7 },
    );
    expect(ranked.map((r) => r.id)).toEqual(["doubling", "big-flat"]);
  });

  it("does not let a couple of new reports beat a large steady problem", () => {
    const ranked = rankPainPoints(
      [
        stats("tiny-new", { count: 2, previousCount: 0, customers: 2 }),
        stats("large-flat", { count: 200, previousCount: 200, customers: 150 }),
      ],
      { windowDays: 7 },
    );
    expect(ranked[0]?.id).toBe("large-flat");
  });

  it("ranks by customers affected and at risk when volume and growth are equal", () => {
    const ranked = rankPainPoints(
      [
        stats("one-loud-customer", { count: 20, previousCount: 20, customers: 1 }),
        stats("many-customers", { count: 20, previousCount: 20, customers: 18 }),
        stats("many-at-risk", { count: 20, previousCount: 20, customers: 18, atRiskCustomers: 9 }),
      ],
      { windowDays: 7 },
    );
    expect(ranked.map((r) => r.id)).toEqual(["many-at-risk", "many-customers", "one-loud-customer"]);
  });

  it("ranks low ratings above high ones, and ratings on few items count less", () => {
    const ranked = rankPainPoints(
      [
        stats("happy", { ratedCount: 10, satisfaction: 1 }),
        stats("angry", { ratedCount: 10, satisfaction: 0 }),
        stats("unrated", {}),
      ],
      { windowDays: 7 },
    );
    expect(ranked.map((r) => r.id)).toEqual(["angry", "unrated", "happy"]);
    const one = rankPainPoints([stats("a", { ratedCount: 1, satisfaction: 0 })], { windowDays: 7 })[0];
    const ten = rankPainPoints([stats("a", { ratedCount: 10, satisfaction: 0 })], { windowDays: 7 })[0];
    expect(one?.factors.rating).toBeLessThan(ten?.factors.rating ?? 0);
  });

  it("prefers a problem heard on several channels", () => {
    const ranked = rankPainPoints(
      [
        stats("one-channel", { channels: { ticket: 10 } }),
        stats("three-channels", { channels: { ticket: 4, form: 3, social: 3 } }),
      ],
      { windowDays: 7 },
    );
    expect(ranked[0]?.id).toBe("three-channels");
  });

  it("explains each score in words", () => {
    const [top] = rankPainPoints(
      [
        stats("p", {
          count: 42,
          previousCount: 10,
          customers: 41,
          atRiskCustomers: 6,
          ratedCount: 5,
          satisfaction: 0.2,
          channels: { ticket: 40, social: 2 },
        }),
      ],
      { windowDays: 7 },
    );
    expect(top?.reasons).toEqual(["+320% vs last week", "41 customers", "6 at risk", "★1.8", "2 channels"]);
    expect(top?.change).toBeCloseTo(3.2);
    expect(top?.stars).toBeCloseTo(1.8);
  });

  it("names new, falling and flat pain points, and other window lengths", () => {
    const reasons = (over: Partial<PainPointStats>, windowDays = 7) =>
      rankPainPoints([stats("p", over)], { windowDays })[0]?.reasons[0];
    expect(reasons({ count: 3, previousCount: 0 })).toBe("new this week");
    expect(reasons({ count: 5, previousCount: 10 })).toBe("−50% vs last week");
    expect(reasons({ count: 10, previousCount: 10 })).toBe("±0% vs last week");
    expect(reasons({ count: 2, previousCount: 1 }, 1)).toBe("+100% vs yesterday");
    expect(reasons({ count: 1200, previousCount: 100 }, 30)).toBe("+1,100% vs the previous 30 days");
  });

  it("leaves out pain points with no feedback in the window and keeps ties stable", () => {
    const ranked = rankPainPoints(
      [stats("b", {}), stats("quiet", { count: 0, previousCount: 30 }), stats("a", {})],
      { windowDays: 7 },
    );
    expect(ranked.map((r) => r.id)).toEqual(["a", "b"]);
  });
});
