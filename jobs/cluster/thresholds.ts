import { assignThreshold } from "../../src/services/pain-points/nearest";
import { cosine, type SparseVector } from "../../src/services/pain-points/sparse";
import { type FeatureSpace, vectorizeCounts } from "../../src/services/pain-points/vectorize";
import type { ClusterEngine } from "./engine";

/** Members per pain point whose similarity is measured: enough for a tenth-quantile, cheap at any size. */
export const THRESHOLD_SAMPLE = 64;
/** Newcomers must be as close as nine in ten sampled members are... */
export const THRESHOLD_QUANTILE = 0.1;
/** ...and never less than this (measured: see jobs/cluster/README or the closing note). */
export const THRESHOLD_FLOOR = 0.2;

/**
 * Per new cluster, the cosine a newcomer needs to join it between runs, measured on (a sample of)
 * its own members in the stored feature space, so that newcomers are judged as its members would be.
 */
export function measureThresholds(
  engine: ClusterEngine,
  space: FeatureSpace,
  centroids: readonly SparseVector[],
  assignments: Int32Array,
  texts: readonly string[],
  langs: ReadonlyArray<string | undefined>,
): Float64Array {
  const samples: number[][] = centroids.map(() => []);
  for (let i = 0; i < assignments.length; i++) {
    const c = assignments[i] as number;
    const sample = samples[c];
    if (sample && sample.length < THRESHOLD_SAMPLE) sample.push(i);
  }
  return Float64Array.from(centroids, (centroid, c) => {
    const sims = Float64Array.from(samples[c] as number[], (i) =>
      cosine(vectorizeCounts(engine.featureCounts(texts[i] as string, langs[i]), space), centroid),
    );
    return assignThreshold(sims, THRESHOLD_QUANTILE, THRESHOLD_FLOOR);
  });
}
