import { assignRows, fillEmptyClusters } from "./assign";
import { dot } from "./dense";
import { createRandom, type Random } from "./random";

/**
 * Spherical k-means (cosine similarity) over dense unit rows: k-means++ seeding, Lloyd iterations
 * with Hamerly's bounds so that points whose cluster cannot change skip the scan over centroids,
 * several restarts, the best kept. Deterministic for a given seed.
 */
export interface KMeansOptions {
  seed: number;
  restarts: number;
  maxIterations: number;
}

export interface KMeansResult {
  assignments: Int32Array;
  /** k × dims, row-major, unit rows. */
  centroids: Float32Array;
  /** Sum over points of the cosine similarity to their centroid: higher is tighter. */
  objective: number;
}

const distance = (similarity: number) => Math.sqrt(Math.max(0, 2 - 2 * similarity));

/**
 * k-means++: each next seed drawn with probability proportional to its squared distance to the
 * nearest seed. `given` seeds (unit rows, at most k) come first and the draw continues from them.
 */
export function seedCentroids(
  x: Float32Array,
  n: number,
  dims: number,
  k: number,
  random: Random,
  given?: Float32Array,
): Float32Array {
  const centroids = new Float32Array(k * dims);
  const nearest = new Float64Array(n).fill(4);
  const fixed = given ? Math.min(k, Math.floor(given.length / dims)) : 0;
  if (given && fixed > 0) {
    centroids.set(given.subarray(0, fixed * dims));
    // All k given: nothing left to draw, so no distances to measure (k × n dot products).
    if (fixed === k) return centroids;
    for (let c = 0; c < fixed; c++) {
      for (let i = 0; i < n; i++) {
        const d2 = Math.max(0, 2 - 2 * dot(x, i * dims, centroids, c * dims, dims));
        if (d2 < (nearest[i] as number)) nearest[i] = d2;
      }
    }
  }
  let pick = fixed > 0 ? drawByDistance(nearest, random) : Math.floor(random() * n);
  for (let c = fixed; c < k; c++) {
    centroids.set(x.subarray(pick * dims, pick * dims + dims), c * dims);
    let total = 0;
    for (let i = 0; i < n; i++) {
      const d2 = Math.max(0, 2 - 2 * dot(x, i * dims, centroids, c * dims, dims));
      if (d2 < (nearest[i] as number)) nearest[i] = d2;
      total += nearest[i] as number;
    }
    if (total <= 0) {
      pick = Math.floor(random() * n);
      continue;
    }
    pick = drawByDistance(nearest, random, total);
  }
  return centroids;
}

/** An index drawn with probability proportional to `weights` (summing to `total`). */
function drawByDistance(weights: Float64Array, random: Random, total?: number): number {
  let sum = total;
  if (sum === undefined) {
    sum = 0;
    for (let i = 0; i < weights.length; i++) sum += weights[i] as number;
  }
  if (sum <= 0) return Math.floor(random() * weights.length);
  let target = random() * sum;
  for (let i = 0; i < weights.length; i++) {
    target -= weights[i] as number;
    if (target <= 0) return i;
  }
  return weights.length - 1;
}

/** Recomputes unit centroids from members; an emptied cluster takes the point worst served by its own. */
function updateCentroids(
  x: Float32Array,
  n: number,
  dims: number,
  k: number,
  assignments: Int32Array,
  similarity: Float64Array,
  centroids: Float32Array,
): void {
  const sums = new Float64Array(k * dims);
  const sizes = new Int32Array(k);
  for (let i = 0; i < n; i++) {
    const c = assignments[i] as number;
    sizes[c] = (sizes[c] as number) + 1;
    const o = c * dims;
    for (let j = 0; j < dims; j++) sums[o + j] = (sums[o + j] as number) + (x[i * dims + j] as number);
  }
  const taken = new Uint8Array(n);
  for (let c = 0; c < k; c++) {
    const o = c * dims;
    if (sizes[c] === 0) {
      let worst = -1;
      for (let i = 0; i < n; i++) {
        if (!taken[i] && (sizes[assignments[i] as number] as number) > 1) {
          if (worst < 0 || (similarity[i] as number) < (similarity[worst] as number)) worst = i;
        }
      }
      if (worst < 0) continue;
      taken[worst] = 1;
      sizes[assignments[worst] as number] = (sizes[assignments[worst] as number] as number) - 1;
      centroids.set(x.subarray(worst * dims, worst * dims + dims), o);
      continue;
    }
    let norm = 0;
    for (let j = 0; j < dims; j++) norm += (sums[o + j] as number) ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let j = 0; j < dims; j++) centroids[o + j] = (sums[o + j] as number) / norm;
  }
}

/**
 * One run of Lloyd's algorithm from the given seeds, with Elkan's bounds: a lower bound per point
 * and centroid and half the distances between centroids let most dot products be skipped once the
 * clusters settle. Stops when fewer than `stopFraction` of the points change cluster.
 */
export function lloyd(
  x: Float32Array,
  n: number,
  dims: number,
  k: number,
  centroids: Float32Array,
  maxIterations: number,
  stopFraction = 0.001,
): KMeansResult {
  const assignments = new Int32Array(n).fill(-1);
  const similarity = new Float64Array(n);
  const upper = new Float64Array(n);
  const lower = new Float32Array(n * k);
  const moved = new Float64Array(k);
  const half = new Float64Array(k * k);
  const nearestHalf = new Float64Array(k);
  const previous = new Float32Array(k * dims);
  for (let i = 0; i < n; i++) {
    let best = 0;
    let bestSim = Number.NEGATIVE_INFINITY;
    for (let c = 0; c < k; c++) {
      const s = dot(x, i * dims, centroids, c * dims, dims);
      lower[i * k + c] = distance(s);
      if (s > bestSim) {
        bestSim = s;
        best = c;
      }
    }
    assignments[i] = best;
    similarity[i] = bestSim;
    upper[i] = distance(bestSim);
  }
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    previous.set(centroids);
    updateCentroids(x, n, dims, k, assignments, similarity, centroids);
    for (let c = 0; c < k; c++) {
      let d2 = 0;
      for (let j = 0; j < dims; j++)
        d2 += ((centroids[c * dims + j] as number) - (previous[c * dims + j] as number)) ** 2;
      moved[c] = Math.sqrt(d2);
    }
    for (let a = 0; a < k; a++) {
      nearestHalf[a] = Number.POSITIVE_INFINITY;
      for (let b = 0; b < a; b++) {
        const h = distance(dot(centroids, a * dims, centroids, b * dims, dims)) / 2;
        half[a * k + b] = h;
        half[b * k + a] = h;
        if (h < (nearestHalf[a] as number)) nearestHalf[a] = h;
        if (h < (nearestHalf[b] as number)) nearestHalf[b] = h;
      }
    }
    let changes = 0;
    for (let i = 0; i < n; i++) {
      const row = i * k;
      for (let c = 0; c < k; c++)
        lower[row + c] = Math.max(0, (lower[row + c] as number) - (moved[c] as number));
      let own = assignments[i] as number;
      let u = (upper[i] as number) + (moved[own] as number);
      if (u <= (nearestHalf[own] as number)) {
        upper[i] = u;
        continue;
      }
      let tight = false;
      for (let c = 0; c < k; c++) {
        if (c === own || u <= (lower[row + c] as number) || u <= (half[own * k + c] as number)) continue;
        if (!tight) {
          const s = dot(x, i * dims, centroids, own * dims, dims);
          similarity[i] = s;
          u = distance(s);
          lower[row + own] = u;
          tight = true;
          if (u <= (lower[row + c] as number) || u <= (half[own * k + c] as number)) continue;
        }
        const s = dot(x, i * dims, centroids, c * dims, dims);
        const dc = distance(s);
        lower[row + c] = dc;
        if (dc < u) {
          own = c;
          u = dc;
          similarity[i] = s;
        }
      }
      upper[i] = u;
      if (own !== assignments[i]) {
        assignments[i] = own;
        changes++;
      }
    }
    if (changes <= n * stopFraction) break;
  }
  const final = new Float32Array(n);
  assignRows(x, n, dims, centroids, k, assignments, final);
  fillEmptyClusters(x, n, dims, centroids, k, assignments);
  let objective = 0;
  for (let i = 0; i < n; i++) {
    const s = dot(x, i * dims, centroids, (assignments[i] as number) * dims, dims);
    similarity[i] = s;
    objective += s;
  }
  return { assignments, centroids, objective };
}

export function sphericalKMeans(
  x: Float32Array,
  n: number,
  dims: number,
  k: number,
  options: KMeansOptions,
): KMeansResult {
  if (k < 1 || k > n) throw new RangeError(`cannot make ${k} clusters of ${n} points`);
  const random = createRandom(options.seed);
  let best: KMeansResult | undefined;
  for (let r = 0; r < Math.max(1, options.restarts); r++) {
    const seeds = seedCentroids(x, n, dims, k, random);
    const result = lloyd(x, n, dims, k, seeds, options.maxIterations);
    if (!best || result.objective > best.objective) best = result;
  }
  return best as KMeansResult;
}
