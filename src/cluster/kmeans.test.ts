import { kmeans as mlKMeans } from "ml-kmeans";
import { describe, expect, it } from "vitest";
import { sphericalKMeans } from "./kmeans";
import { createRandom, gaussian } from "./random";

/** Points around `centers` orthogonal directions with a little noise, unit length. */
function blobs(centers: number, perCenter: number, dims: number, seed: number): Float32Array {
  const random = createRandom(seed);
  const x = new Float32Array(centers * perCenter * dims);
  for (let c = 0; c < centers; c++) {
    for (let p = 0; p < perCenter; p++) {
      const o = (c * perCenter + p) * dims;
      let norm = 0;
      for (let j = 0; j < dims; j++) {
        const v = (j === c ? 1 : 0) + 0.08 * gaussian(random);
        x[o + j] = v;
        norm += v * v;
      }
      for (let j = 0; j < dims; j++) x[o + j] = (x[o + j] as number) / Math.sqrt(norm);
    }
  }
  return x;
}

/** True when two labelings group the points the same way, whatever the cluster numbers. */
function samePartition(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  const forward = new Map<number, number>();
  const backward = new Map<number, number>();
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as number;
    const y = b[i] as number;
    if ((forward.get(x) ?? y) !== y || (backward.get(y) ?? x) !== x) return false;
    forward.set(x, y);
    backward.set(y, x);
  }
  return true;
}

describe("sphericalKMeans", () => {
  const dims = 6;
  const x = blobs(4, 25, dims, 3);
  const rows = Array.from({ length: 100 }, (_, i) => Array.from(x.subarray(i * dims, i * dims + dims)));

  it("finds the same partition as ml-kmeans on well-separated points", () => {
    const ours = sphericalKMeans(x, 100, dims, 4, { seed: 1, restarts: 3, maxIterations: 50 });
    const theirs = mlKMeans(rows, 4, { seed: 1, initialization: "kmeans++" });
    expect(samePartition(ours.assignments, theirs.clusters)).toBe(true);
    // and that partition is the blobs themselves
    expect(
      samePartition(
        ours.assignments,
        Array.from({ length: 100 }, (_, i) => Math.floor(i / 25)),
      ),
    ).toBe(true);
  });

  it("gives the same answer for the same seed", () => {
    const noisy = blobs(5, 30, dims, 9).map((v, i) => v + (i % 7) * 0.05);
    const a = sphericalKMeans(noisy, 150, dims, 7, { seed: 42, restarts: 2, maxIterations: 50 });
    const b = sphericalKMeans(noisy, 150, dims, 7, { seed: 42, restarts: 2, maxIterations: 50 });
    expect(Array.from(a.assignments)).toEqual(Array.from(b.assignments));
  });

  it("returns exactly k non-empty clusters even with repeated points", () => {
    const repeated = new Float32Array(20 * dims);
    for (let i = 0; i < 20; i++) repeated[i * dims + (i < 18 ? 0 : 1)] = 1;
    const { assignments } = sphericalKMeans(repeated, 20, dims, 5, {
      seed: 1,
      restarts: 1,
      maxIterations: 20,
    });
    expect(new Set(assignments).size).toBe(5);
  });

  it("refuses more clusters than points", () => {
    expect(() => sphericalKMeans(x, 3, dims, 4, { seed: 1, restarts: 1, maxIterations: 5 })).toThrow(
      RangeError,
    );
  });
});
