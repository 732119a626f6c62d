import type { NewCluster } from "../../src/services/pain-points/plan";
import type { FeatureSpace } from "../../src/services/pain-points/vectorize";

export interface EngineDoc {
  text: string;
  lang?: string;
}

export type ProgressFn = (stage: string, done: number, total: number) => void;

export interface EngineResult {
  k: number;
  /** Per document: its cluster, or -1 for an outlier. */
  assignments: Int32Array;
  clusters: NewCluster[];
  /** What a later text needs to be compared with these centroids. */
  space: FeatureSpace;
}

/**
 * What the job needs of the clustering engine; an interface so tests can stand in for it or make
 * it fail, and so the job does not care how the engine works inside.
 */
export interface ClusterEngine {
  cluster(
    docs: EngineDoc[],
    options: { k?: number; seed?: number; onProgress?: ProgressFn; warmStart?: Int32Array; keptK?: boolean },
  ): EngineResult | Promise<EngineResult>;
  /** A text's features with their counts, as the engine sees them. */
  featureCounts(text: string, lang: string | undefined): ReadonlyMap<string, number>;
}
