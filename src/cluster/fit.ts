import { type KMeansResult, lloyd, sphericalKMeans } from "./kmeans";
import { smoothByNeighbours } from "./smooth";

/**
 * Centroids of the fit set: k-means with restarts, then neighbourhood smoothing (+0.01 NMI on both
 * languages) and k-means again on the smoothed points.
 */
export function fitCentroids(
  x: Float32Array,
  n: number,
  dims: number,
  k: number,
  seed: number,
): KMeansResult {
  const large = n > 5000;
  const first = sphericalKMeans(x, n, dims, k, { seed, restarts: large ? 1 : 4, maxIterations: 60 });
  if (k < 2) return first;
  const smoothed = smoothByNeighbours(x, n, dims, first.centroids, k, first.assignments, {
    neighbours: 10,
    weight: 1,
    clusters: 3,
  });
  // Restarting from new seeds measured a little better than continuing from the first clusters;
  // on large fit sets continuing is what time allows.
  return large
    ? lloyd(smoothed, n, dims, k, centroidsOf(smoothed, n, dims, k, first.assignments), 60)
    : sphericalKMeans(smoothed, n, dims, k, { seed: seed + 1, restarts: 4, maxIterations: 60 });
}

/** Unit mean of each cluster's rows. */
function centroidsOf(
  x: Float32Array,
  n: number,
  dims: number,
  k: number,
  assignments: Int32Array,
): Float32Array {
  const sums = new Float64Array(k * dims);
  for (let i = 0; i < n; i++) {
    const o = (assignments[i] as number) * dims;
    for (let j = 0; j < dims; j++) sums[o + j] = (sums[o + j] as number) + (x[i * dims + j] as number);
  }
  const out = new Float32Array(k * dims);
  for (let c = 0; c < k; c++) {
    let norm = 0;
    for (let j = 0; j < dims; j++) norm += (sums[c * dims + j] as number) ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let j = 0; j < dims; j++) out[c * dims + j] = (sums[c * dims + j] as number) / norm;
  }
  return out;
}
