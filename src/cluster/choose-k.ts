import { sphericalKMeans } from "./kmeans";
import { createRandom, sampleIndexes } from "./random";

/**
 * Picks the number of clusters by the mean silhouette (cosine distance) of k-means partitions of a
 * sample, over a geometric grid of candidates.
 */
const SAMPLE = 1500;
const GRID_RATIO = 1.25;

export function chooseK(
  x: Float32Array,
  n: number,
  dims: number,
  options: { seed: number; onProgress?: (done: number, total: number) => void },
): number {
  if (n < 4) return 1;
  const picked = sampleIndexes(n, SAMPLE, createRandom(options.seed + 101));
  const s = picked.length;
  const sample = new Float32Array(s * dims);
  picked.forEach((row, i) => {
    sample.set(x.subarray(row * dims, row * dims + dims), i * dims);
  });
  const distance = new Float32Array(s * s);
  for (let i = 0; i < s; i++) {
    for (let j = i + 1; j < s; j++) {
      let dot = 0;
      for (let t = 0; t < dims; t++)
        dot += (sample[i * dims + t] as number) * (sample[j * dims + t] as number);
      distance[i * s + j] = distance[j * s + i] = 1 - dot;
    }
  }
  const candidates: number[] = [];
  for (let k = 2; k <= Math.max(2, Math.floor(s / 6)); k = Math.max(k + 1, Math.round(k * GRID_RATIO)))
    candidates.push(k);
  let bestK = 1;
  let bestScore = Number.NEGATIVE_INFINITY;
  candidates.forEach((k, step) => {
    options.onProgress?.(step, candidates.length);
    const { assignments } = sphericalKMeans(sample, s, dims, k, {
      seed: options.seed + k,
      restarts: 1,
      maxIterations: 30,
    });
    const score = silhouette(distance, s, assignments, k);
    if (score > bestScore) {
      bestScore = score;
      bestK = k;
    }
  });
  options.onProgress?.(candidates.length, candidates.length);
  // The grid ran on a sample; the full set supports proportionally finer clusters only up to a point,
  // so the chosen k is used as is.
  return Math.min(bestK, n);
}

/** Mean silhouette of a partition given the full pairwise distance matrix. */
export function silhouette(distance: Float32Array, s: number, assignments: Int32Array, k: number): number {
  const sizes = new Int32Array(k);
  for (let i = 0; i < s; i++)
    sizes[assignments[i] as number] = (sizes[assignments[i] as number] as number) + 1;
  const sums = new Float64Array(k);
  let total = 0;
  for (let i = 0; i < s; i++) {
    sums.fill(0);
    for (let j = 0; j < s; j++)
      sums[assignments[j] as number] =
        (sums[assignments[j] as number] as number) + (distance[i * s + j] as number);
    const own = assignments[i] as number;
    if ((sizes[own] as number) < 2) continue;
    const a = (sums[own] as number) / ((sizes[own] as number) - 1);
    let b = Number.POSITIVE_INFINITY;
    for (let c = 0; c < k; c++) {
      if (c === own || sizes[c] === 0) continue;
      const mean = (sums[c] as number) / (sizes[c] as number);
      if (mean < b) b = mean;
    }
    if (b === Number.POSITIVE_INFINITY) continue;
    total += (b - a) / Math.max(a, b);
  }
  return total / s;
}
