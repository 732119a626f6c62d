import { describe, expect, it } from "vitest";
import type { Csr } from "./csr";
import { topicWeights } from "./feature-weights";
import { createRandom } from "./random";

/** A CSR matrix from each row's column list (value 1). */
function csr(rows: number[][], cols: number): Csr {
  const indptr = new Int32Array(rows.length + 1);
  rows.forEach((r, i) => {
    indptr[i + 1] = (indptr[i] as number) + r.length;
  });
  return {
    rows: rows.length,
    cols,
    indptr,
    indices: Int32Array.from(rows.flat()),
    values: new Float32Array(rows.flat().length).fill(1),
  };
}

describe("topicWeights", () => {
  // Two clusters of four documents. Column 0 is in every document (filler), column 1 in every
  // document of cluster 0 (its topic), column 2 in one document only.
  const rows = [[0, 1, 2], [0, 1], [0, 1], [0, 1], [0], [0], [0], [0]];
  const assignments = Int32Array.from([0, 0, 0, 0, 1, 1, 1, 1]);
  const weights = topicWeights(csr(rows, 3), [0, 1, 2, 3, 4, 5, 6, 7], assignments) as Float32Array;

  it("weighs a word spread over all clusters down and a cluster's own word up", () => {
    expect(weights[0]).toBeCloseTo(0.2);
    expect(weights[1] as number).toBeGreaterThan(2 * (weights[0] as number));
  });

  it("does not take a word seen once for a telling one", () => {
    expect(weights[2] as number).toBeLessThan(weights[1] as number);
  });

  it("has nothing to say with fewer than two groups", () => {
    expect(topicWeights(csr(rows, 3), [0, 1, 2, 3], Int32Array.from([0, 0, -1, 0]))).toBeUndefined();
  });

  it("leaves out rows of no group", () => {
    const withNew = topicWeights(
      csr([...rows, [2], [2], [2]], 3),
      [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      Int32Array.from([...assignments, -1, -1, -1]),
    );
    expect(Array.from(withNew as Float32Array)).toEqual(Array.from(weights));
  });

  it("equals the divergence computed cluster by cluster", () => {
    const random = createRandom(3);
    const n = 60;
    const cols = 12;
    const k = 4;
    const docs = Array.from({ length: n }, () =>
      Array.from({ length: cols }, (_, c) => c).filter(() => random() < 0.3),
    );
    const groups = Int32Array.from({ length: n }, (_, i) => i % k);
    const got = topicWeights(
      csr(docs, cols),
      Array.from({ length: n }, (_, i) => i),
      groups,
    ) as Float32Array;
    for (let f = 0; f < cols; f++) {
      const holding = docs.map((d) => d.includes(f));
      const t = holding.filter(Boolean).length;
      if (t === 0) continue;
      let kl = 0;
      for (let c = 0; c < k; c++) {
        const prior = groups.filter((g) => g === c).length / n;
        const inC = holding.filter((h, i) => h && groups[i] === c).length;
        const q = (inC + 2 * prior) / (t + 2);
        kl += q * Math.log(q / prior);
      }
      expect(got[f]).toBeCloseTo(0.2 + 0.8 * Math.min(1, kl / Math.log(k)), 5);
    }
  });
});
