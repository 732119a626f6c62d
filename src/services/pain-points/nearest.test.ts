import { describe, expect, it } from "vitest";
import { assignNearest, assignThreshold } from "./nearest";
import { indexCentroids } from "./sparse";

describe("assignNearest", () => {
  const index = indexCentroids([[["card", 1]], [["refund", 1]]]);

  it("picks the most similar pain point when it is close enough, else none", () => {
    const result = assignNearest(index, Float64Array.of(0.5, 0.5), [
      [
        ["card", 3],
        ["late", 1],
      ], // cos 0.949 with card
      [
        ["refund", 1],
        ["card", 1],
        ["x", 1],
        ["y", 1],
      ], // 0.5 with both: tie, lower index
      [["pin", 1]], // shares nothing
      [
        ["refund", 1],
        ["z", 2],
      ], // 0.447 with refund: under its threshold
    ]);
    expect([...result.assigned]).toEqual([0, 0, -1, -1]);
    expect(result.similarity[0]).toBeCloseTo(3 / Math.sqrt(10), 12);
    expect(result.similarity[2]).toBe(0);
  });

  it("applies each pain point's own threshold", () => {
    const result = assignNearest(index, Float64Array.of(0.99, 0.1), [
      [
        ["card", 3],
        ["late", 1],
      ],
      [
        ["refund", 1],
        ["z", 2],
      ],
    ]);
    expect([...result.assigned]).toEqual([-1, 1]);
  });
});

describe("assignThreshold", () => {
  it("takes the quantile of the members' similarities, never under the floor", () => {
    const sims = Float64Array.of(0.9, 0.5, 0.7, 0.3, 0.8, 0.6, 0.4, 0.95, 0.85, 0.75);
    expect(assignThreshold(sims, 0.1, 0.2)).toBe(0.4);
    expect(assignThreshold(sims, 0, 0.2)).toBe(0.3);
    expect(assignThreshold(sims, 0.1, 0.45)).toBe(0.45);
  });

  it("lets nothing join a pain point without members", () => {
    expect(assignThreshold(new Float64Array(0), 0.1, 0.2)).toBe(1);
  });
});
