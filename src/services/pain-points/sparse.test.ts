import { describe, expect, it } from "vitest";
import { cosine, indexCentroids, normalize, similarities } from "./sparse";

describe("sparse vectors", () => {
  it("normalizes to unit length", () => {
    expect(
      normalize([
        ["a", 3],
        ["b", 4],
      ]),
    ).toEqual([
      ["a", 0.6],
      ["b", 0.8],
    ]);
    expect(normalize([])).toEqual([]);
  });

  it("measures cosine by feature name, whatever the order", () => {
    expect(
      cosine(
        [
          ["a", 1],
          ["b", 1],
        ],
        [
          ["b", 2],
          ["a", 2],
        ],
      ),
    ).toBeCloseTo(1, 12);
    expect(cosine([["a", 1]], [["b", 1]])).toBe(0);
    expect(
      cosine(
        [
          ["a", 3],
          ["b", 4],
        ],
        [["a", 1]],
      ),
    ).toBeCloseTo(0.6, 12);
    expect(cosine([], [["a", 1]])).toBe(0);
  });

  it("gives through the inverted index the same cosines as pair by pair", () => {
    const centroids = [
      [
        ["card", 2],
        ["arriv", 1],
      ],
      [
        ["refund", 1],
        ["card", 1],
      ],
      [["pin", 1]],
    ] as Array<Array<[string, number]>>;
    const item: Array<[string, number]> = [
      ["card", 1],
      ["refund", 3],
      ["other", 1],
    ];
    const out = similarities(indexCentroids(centroids), item, new Float64Array(3));
    expect([...out]).toEqual(centroids.map((c) => expect.closeTo(cosine(c, item), 12)));
    expect(out[2]).toBe(0);
  });
});
