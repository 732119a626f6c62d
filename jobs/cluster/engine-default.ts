import type { ClusterEngine } from "./engine";

/** The project's clustering engine (src/cluster), loaded on first use: the API never needs it. */
export async function loadClusterEngine(): Promise<ClusterEngine> {
  const { clusterDocuments, documentFeatures, TERM_WEIGHT } = await import("../../src/cluster/index");
  return {
    cluster(docs, options) {
      const result = clusterDocuments(docs, options);
      return {
        k: result.k,
        assignments: result.assignments,
        clusters: result.clusters,
        // A feature the space does not keep was seen in at most one of the `fitted` documents: the
        // engine's smoothed idf, ln((1 + n) / (1 + df)) + 1, at df = 1, times TERM_WEIGHT for terms.
        space: {
          idf: result.idf,
          unknownIdf: Math.log((1 + result.fitted) / 2) + 1,
          prefixWeights: [["w:", TERM_WEIGHT]],
        },
      };
    },
    featureCounts: (text, lang) => documentFeatures(text, lang),
  };
}
