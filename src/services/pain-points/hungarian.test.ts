import { describe, expect, it } from "vitest";
import { maxWeightMatching } from "./hungarian";

const matrix = (rows: number[][]) => Float64Array.from(rows.flat());

describe("maxWeightMatching", () => {
  it("prefers the best total over the greedy first pick", () => {
    // Greedy would take (0,0)=0.9 and leave row 1 with 0.1; the optimum is 0.8 + 0.85.
    const result = maxWeightMatching(
      matrix([
        [0.9, 0.8],
        [0.85, 0.1],
      ]),
      2,
      2,
      0,
    );
    expect([...result]).toEqual([1, 0]);
  });

  it("leaves rows unmatched when every pair is under the least weight", () => {
    const result = maxWeightMatching(
      matrix([
        [0.9, 0.2],
        [0.3, 0.25],
      ]),
      2,
      2,
      0.5,
    );
    expect([...result]).toEqual([0, -1]);
  });

  it("handles more rows than columns, and more columns than rows", () => {
    const tall = maxWeightMatching(matrix([[0.2], [0.7], [0.6]]), 3, 1, 0.1);
    expect([...tall]).toEqual([-1, 0, -1]);
    const wide = maxWeightMatching(matrix([[0.2, 0.7, 0.6]]), 1, 3, 0.1);
    expect([...wide]).toEqual([1]);
  });

  it("answers all -1 for an empty side", () => {
    expect([...maxWeightMatching(new Float64Array(0), 2, 0, 0)]).toEqual([-1, -1]);
  });
});
