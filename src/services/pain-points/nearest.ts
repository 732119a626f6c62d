import { type CentroidIndex, type SparseVector, similarities } from "./sparse";

export interface NearestAssignment {
  /** Per item: the index of the nearest centroid that is close enough, or -1. */
  assigned: Int32Array;
  /** Per item: its cosine with the nearest centroid, close enough or not. */
  similarity: Float64Array;
}

/**
 * Assigns each item to its most similar centroid when the similarity reaches that centroid's
 * threshold; a tie goes to the lower index, so the answer does not depend on anything else.
 */
export function assignNearest(
  index: CentroidIndex,
  thresholds: Float64Array,
  vectors: readonly SparseVector[],
): NearestAssignment {
  const assigned = new Int32Array(vectors.length).fill(-1);
  const similarity = new Float64Array(vectors.length);
  const sims = new Float64Array(index.count);
  vectors.forEach((vector, i) => {
    similarities(index, vector, sims);
    let best = -1;
    let bestSim = 0;
    for (let c = 0; c < sims.length; c++) {
      const s = sims[c] as number;
      if (s > bestSim) {
        bestSim = s;
        best = c;
      }
    }
    similarity[i] = bestSim;
    if (best >= 0 && bestSim >= (thresholds[best] as number)) assigned[i] = best;
  });
  return { assigned, similarity };
}

/**
 * The similarity a newcomer needs to join a pain point: as close as all but the loosest `quantile`
 * of its own members are, and never below `floor` (a diffuse pain point must not swallow noise).
 */
export function assignThreshold(memberSimilarities: Float64Array, quantile: number, floor: number): number {
  if (memberSimilarities.length === 0) return Math.max(floor, 1);
  const sorted = Float64Array.from(memberSimilarities).sort();
  const at = Math.min(sorted.length - 1, Math.floor(quantile * sorted.length));
  return Math.max(floor, sorted[at] as number);
}
