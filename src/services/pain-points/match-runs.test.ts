import { describe, expect, it } from "vitest";
import { DEFAULT_MATCH_OPTIONS, matchRuns } from "./match-runs";
import type { SparseVector } from "./sparse";

const card: SparseVector = [
  ["card", 1],
  ["arriv", 1],
];
const refund: SparseVector = [
  ["refund", 1],
  ["money", 1],
];
const pin: SparseVector = [
  ["pin", 1],
  ["block", 1],
];
const app: SparseVector = [
  ["app", 1],
  ["crash", 1],
];

/** `runs` lists, per item, [old pain point index or -1, new cluster index or -1]. */
function items(runs: Array<[number, number, number]>): { previousOf: Int32Array; nextOf: Int32Array } {
  const previousOf: number[] = [];
  const nextOf: number[] = [];
  for (const [count, p, n] of runs) {
    for (let i = 0; i < count; i++) {
      previousOf.push(p);
      nextOf.push(n);
    }
  }
  return { previousOf: Int32Array.from(previousOf), nextOf: Int32Array.from(nextOf) };
}

describe("matchRuns", () => {
  it("keeps ids of continuing pain points, and tells grown, unchanged, new and retired apart", () => {
    const result = matchRuns({
      previous: [
        { centroid: card, clusteredSize: 4 },
        { centroid: refund, clusteredSize: 4 },
        { centroid: pin, clusteredSize: 2 },
      ],
      next: [{ centroid: card }, { centroid: refund }, { centroid: app }],
      // card gets 2 newcomers, refund stays, pin's members become outliers, app is new.
      ...items([
        [4, 0, 0],
        [2, -1, 0],
        [4, 1, 1],
        [2, 2, -1],
        [3, -1, 2],
      ]),
    });
    expect([...result.identity]).toEqual([0, 1, -1]);
    expect(result.change).toEqual(["grown", "unchanged", "new"]);
    expect([...result.size]).toEqual([6, 4, 3]);
    expect(result.retired).toEqual([{ previous: 2, mergedInto: -1 }]);
    expect(result.merges).toEqual([]);
    expect(result.splits).toEqual([]);
  });

  it("finds the best overall pairing when order would mislead a greedy pick", () => {
    const result = matchRuns({
      previous: [
        { centroid: refund, clusteredSize: 5 },
        { centroid: card, clusteredSize: 5 },
      ],
      next: [{ centroid: card }, { centroid: refund }],
      ...items([
        [5, 1, 0],
        [5, 0, 1],
      ]),
    });
    expect([...result.identity]).toEqual([1, 0]);
    expect(result.change).toEqual(["unchanged", "unchanged"]);
  });

  it("classifies two pain points that became one cluster as a merge", () => {
    const result = matchRuns({
      previous: [
        { centroid: card, clusteredSize: 6 },
        {
          centroid: [
            ["card", 1],
            ["deliveri", 1],
          ],
          clusteredSize: 4,
        },
      ],
      next: [
        {
          centroid: [
            ["card", 2],
            ["arriv", 1.5],
            ["deliveri", 0.5],
          ],
        },
      ],
      ...items([
        [6, 0, 0],
        [4, 1, 0],
      ]),
    });
    expect([...result.identity]).toEqual([0]);
    expect(result.change).toEqual(["merged"]);
    expect(result.related).toEqual([[1]]);
    expect(result.retired).toEqual([{ previous: 1, mergedInto: 0 }]);
    expect(result.merges).toEqual([{ into: 0, from: [0, 1] }]);
  });

  it("classifies one pain point that became two clusters as a split", () => {
    const result = matchRuns({
      previous: [
        {
          centroid: [
            ["card", 2],
            ["arriv", 1],
            ["pin", 1],
          ],
          clusteredSize: 8,
        },
      ],
      next: [
        {
          centroid: [
            ["card", 1],
            ["arriv", 1],
          ],
        },
        {
          centroid: [
            ["card", 1],
            ["pin", 1],
          ],
        },
      ],
      ...items([
        [5, 0, 0],
        [3, 0, 1],
        [1, -1, 1],
      ]),
    });
    expect([...result.identity]).toEqual([0, -1]);
    expect(result.change).toEqual(["shrunk", "split"]);
    expect(result.related).toEqual([[], [0]]);
    expect(result.splits).toEqual([{ from: 0, into: [0, 1] }]);
    expect(result.retired).toEqual([]);
  });

  it("matches on centroids alone when no old member is left", () => {
    const result = matchRuns({
      previous: [{ centroid: card, clusteredSize: 3 }],
      next: [
        { centroid: refund },
        {
          centroid: [
            ["card", 1],
            ["arriv", 0.8],
            ["late", 0.3],
          ],
        },
      ],
      ...items([
        [3, -1, 0],
        [3, -1, 1],
      ]),
    });
    expect([...result.identity]).toEqual([-1, 0]);
    expect(result.change).toEqual(["new", "unchanged"]);
  });

  it("calls a pain point that moved whole to a cluster too unlike it to keep its id new, not merged", () => {
    const result = matchRuns(
      {
        previous: [{ centroid: card, clusteredSize: 4 }],
        next: [{ centroid: refund }],
        ...items([[4, 0, 0]]),
      },
      { ...DEFAULT_MATCH_OPTIONS, matchThreshold: 0.9 },
    );
    expect([...result.identity]).toEqual([-1]);
    expect(result.change).toEqual(["new"]);
    expect(result.related).toEqual([[0]]);
    expect(result.merges).toEqual([]);
    expect(result.retired).toEqual([{ previous: 0, mergedInto: 0 }]);
  });

  it("gives every cluster a new id on the first run", () => {
    const result = matchRuns({ previous: [], next: [{ centroid: card }], ...items([[2, -1, 0]]) });
    expect([...result.identity]).toEqual([-1]);
    expect(result.change).toEqual(["new"]);
    expect(result.retired).toEqual([]);
  });
});
