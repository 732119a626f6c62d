import { type KMeansResult, lloyd, seedCentroids, sphericalKMeans } from "./kmeans";
import { createRandom } from "./random";
import { smoothByNeighbours } from "./smooth";

/**
 * Centroids of the fit set: k-means with restarts, then neighbourhood smoothing (+0.01 NMI on both
 * languages) and k-means again on the smoothed points. With `warmGroups` (each row's group in an
 * earlier run, numbered from 0, or -1) both k-means passes start from those groups' means instead
 * of from restarts, so a re-run over slightly changed data keeps the clusters that still hold.
 * `large` (default: more than 5,000 rows) trades the restarts for time.
 */
export function fitCentroids(
  x: Float32Array,
  n: number,
  dims: number,
  k: number,
  seed: number,
  { warmGroups, large = n > 5000 }: { warmGroups?: Int32Array | undefined; large?: boolean } = {},
): KMeansResult {
  if (warmGroups) return fitFromGroups(x, n, dims, k, seed, warmGroups);
  const first = sphericalKMeans(x, n, dims, k, { seed, restarts: large ? 1 : 4, maxIterations: 60 });
  if (k < 2) return first;
  const smoothed = smoothByNeighbours(x, n, dims, first.centroids, k, first.assignments);
  // Restarting from new seeds measured a little better than continuing from the first clusters;
  // on large fit sets continuing is what time allows.
  return large
    ? lloyd(smoothed, n, dims, k, centroidsOf(smoothed, n, dims, k, first.assignments), 60)
    : sphericalKMeans(smoothed, n, dims, k, { seed: seed + 1, restarts: 4, maxIterations: 60 });
}

/**
 * The warm path. The final pass starts from the earlier groups' means in the smoothed space, where
 * the earlier run drew them, so unchanged data comes back as it was; groups beyond k are left out
 * (the caller numbers them largest first) and missing ones drawn by k-means++.
 */
function fitFromGroups(
  x: Float32Array,
  n: number,
  dims: number,
  k: number,
  seed: number,
  groups: Int32Array,
): KMeansResult {
  let g = 0;
  for (const group of groups) if (group + 1 > g) g = group + 1;
  g = Math.min(k, g);
  const withinK = groups.map((group) => (group < g ? group : -1));
  const random = createRandom(seed);
  const first = lloyd(
    x,
    n,
    dims,
    k,
    seedCentroids(x, n, dims, k, random, centroidsOf(x, n, dims, g, withinK)),
    60,
  );
  if (k < 2) return first;
  const smoothed = smoothByNeighbours(x, n, dims, first.centroids, k, first.assignments);
  const seeds = seedCentroids(smoothed, n, dims, k, random, centroidsOf(smoothed, n, dims, g, withinK));
  return lloyd(smoothed, n, dims, k, seeds, 60);
}

/** Unit mean of each cluster's rows (-1: none). */
export function centroidsOf(
  x: Float32Array,
  n: number,
  dims: number,
  k: number,
  assignments: Int32Array,
): Float32Array {
  const sums = new Float64Array(k * dims);
  for (let i = 0; i < n; i++) {
    if ((assignments[i] as number) < 0) continue;
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
