import { dot } from "./dense";
import { sphericalKMeans } from "./kmeans";

/** Nearest-centroid assignment of dense unit rows, and the repair that keeps every cluster non-empty. */

/** Writes each row's nearest centroid (cosine) and its similarity; zero rows get -1. */
export function assignRows(
  x: Float32Array,
  rows: number,
  dims: number,
  centroids: Float32Array,
  k: number,
  assignments: Int32Array,
  similarity: Float32Array,
): void {
  for (let i = 0; i < rows; i++) {
    const o = i * dims;
    let empty = true;
    for (let j = 0; j < dims && empty; j++) if (x[o + j] !== 0) empty = false;
    if (empty) {
      assignments[i] = -1;
      similarity[i] = 0;
      continue;
    }
    let best = 0;
    let bestSim = Number.NEGATIVE_INFINITY;
    for (let c = 0; c < k; c++) {
      const co = c * dims;
      const s = dot(x, o, centroids, co, dims);
      if (s > bestSim) {
        bestSim = s;
        best = c;
      }
    }
    assignments[i] = best;
    similarity[i] = bestSim;
  }
}

/**
 * Gives every empty cluster the row most similar to its centroid among rows whose cluster would
 * not empty in turn, so that asking for k clusters yields exactly k. Returns how many it filled.
 */
export function fillEmptyClusters(
  x: Float32Array,
  n: number,
  dims: number,
  centroids: Float32Array,
  k: number,
  assignments: Int32Array,
): number {
  let filled = 0;
  const sizes = new Int32Array(k);
  for (let i = 0; i < n; i++)
    if ((assignments[i] as number) >= 0)
      sizes[assignments[i] as number] = (sizes[assignments[i] as number] as number) + 1;
  for (let c = 0; c < k; c++) {
    if (sizes[c] !== 0) continue;
    let best = -1;
    let bestSim = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < n; i++) {
      const own = assignments[i] as number;
      if (own < 0 || (sizes[own] as number) < 2) continue;
      const s = dot(x, i * dims, centroids, c * dims, dims);
      if (s > bestSim) {
        bestSim = s;
        best = i;
      }
    }
    if (best < 0) continue;
    sizes[assignments[best] as number] = (sizes[assignments[best] as number] as number) - 1;
    assignments[best] = c;
    sizes[c] = 1;
    filled++;
  }
  return filled;
}

/**
 * Centroids grouped by a small k-means of their own, so that a point is compared with the group
 * means first and then only with the centroids of its closest groups: with 200 clusters about a
 * third of the dot products, at the price of a rare second-best answer.
 */
export interface CentroidGroups {
  count: number;
  means: Float32Array;
  members: Int32Array[];
}

export function groupCentroids(
  centroids: Float32Array,
  k: number,
  dims: number,
  seed: number,
): CentroidGroups | undefined {
  const count = Math.round(Math.sqrt(k));
  if (k < 64) return undefined;
  const km = sphericalKMeans(centroids, k, dims, count, { seed, restarts: 1, maxIterations: 30 });
  const lists: number[][] = Array.from({ length: count }, () => []);
  for (let c = 0; c < k; c++) lists[km.assignments[c] as number]?.push(c);
  return { count, means: km.centroids, members: lists.map((l) => Int32Array.from(l)) };
}

/** assignRows, searching only the centroids of each point's `probe` closest groups. */
export function assignRowsGrouped(
  x: Float32Array,
  rows: number,
  dims: number,
  centroids: Float32Array,
  groups: CentroidGroups,
  assignments: Int32Array,
  similarity: Float32Array,
  probe = 3,
): void {
  const groupSims = new Float64Array(groups.count);
  const picked = new Int32Array(probe);
  for (let i = 0; i < rows; i++) {
    const o = i * dims;
    let empty = true;
    for (let j = 0; j < dims && empty; j++) if (x[o + j] !== 0) empty = false;
    if (empty) {
      assignments[i] = -1;
      similarity[i] = 0;
      continue;
    }
    for (let g = 0; g < groups.count; g++) {
      const s = dot(x, o, groups.means, g * dims, dims);
      groupSims[g] = s;
    }
    for (let t = 0; t < probe; t++) {
      let best = 0;
      for (let g = 1; g < groups.count; g++)
        if ((groupSims[g] as number) > (groupSims[best] as number)) best = g;
      picked[t] = best;
      groupSims[best] = Number.NEGATIVE_INFINITY;
    }
    let best = 0;
    let bestSim = Number.NEGATIVE_INFINITY;
    for (let t = 0; t < Math.min(probe, groups.count); t++) {
      for (const c of groups.members[picked[t] as number] ?? []) {
        const co = c * dims;
        const s = dot(x, o, centroids, co, dims);
        if (s > bestSim) {
          bestSim = s;
          best = c;
        }
      }
    }
    assignments[i] = best;
    similarity[i] = bestSim;
  }
}
