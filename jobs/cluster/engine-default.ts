import type { ClusterEngine } from "./engine";

/**
 * The engine learns its feature space on at most this many documents (src/cluster/engine.ts), so a
 * feature it dropped for rarity had a document frequency of 1 in at most this many.
 */
const ENGINE_FIT_LIMIT = 20_000;

/** The project's clustering engine (src/cluster), loaded on first use: the API never needs it. */
export async function loadClusterEngine(): Promise<ClusterEngine> {
  const { clusterDocuments, documentFeatures } = await import("../../src/cluster/index");
  return {
    cluster(docs, options) {
      const result = clusterDocuments(docs, options);
      const fitted = Math.min(docs.length, ENGINE_FIT_LIMIT);
      return {
        k: result.k,
        assignments: result.assignments,
        clusters: result.clusters,
        // The engine's smoothed idf, ln((1 + n) / (1 + df)) + 1, of a feature seen once.
        space: { idf: result.idf, unknownIdf: Math.log((1 + fitted) / 2) + 1 },
      };
    },
    featureCounts: (text, lang) => documentFeatures(text, lang),
  };
}
