import { describe, expect, it } from "vitest";
import type { SparseVector } from "./sparse";
import { keepBorderItems } from "./sticky";

describe("keepBorderItems", () => {
  const centroids: SparseVector[] = [[["card", 1]], [["refund", 1]]];
  const vectors: SparseVector[] = [
    [
      ["card", 1],
      ["refund", 1.1],
    ], // a border item: refund barely closer (0.74 vs 0.67)
    [["refund", 1]], // clearly a refund item
    [
      ["card", 1],
      ["refund", 1.1],
    ], // border item whose old pain point did not continue
    [["card", 1]], // new item: no old pain point
  ];
  const base = {
    // All four moved to cluster 1 (refund) this run.
    assignments: Int32Array.of(1, 1, 1, 1),
    previousOf: Int32Array.of(0, 0, 1, -1),
    // Old pain point 0 continues as cluster 0; old 1 has no successor.
    successorOf: Int32Array.of(0, -1),
    centroids,
    vectorOf: (i: number) => vectors[i] as SparseVector,
  };

  it("keeps a border item in the pain point it had, and lets a clear mover go", () => {
    const result = keepBorderItems({ ...base, margin: 0.1 });
    expect([...result.assignments]).toEqual([0, 1, 1, 1]);
    expect(result.kept).toBe(1);
  });

  it("follows the clustering exactly with a negative margin", () => {
    const result = keepBorderItems({ ...base, margin: -1 });
    expect([...result.assignments]).toEqual([1, 1, 1, 1]);
    expect(result.kept).toBe(0);
  });

  it("leaves outliers outliers", () => {
    const result = keepBorderItems({ ...base, assignments: Int32Array.of(-1, 1, 1, 1), margin: 1 });
    expect(result.assignments[0]).toBe(-1);
  });
});
