/** One cluster of a clustering run. */
export interface ClusterSummary {
  /** A short readable label in the cluster's language: its top keywords. */
  label: string;
  /** The most distinctive words of the cluster (c-TF-IDF), as people write them. */
  keywords: string[];
  size: number;
  /** Up to 3 document indexes closest to the centroid, distinct texts, best first. */
  representatives: number[];
  /** The language most members declare, else the one detected from the representatives. */
  lang: string | undefined;
  /**
   * The strongest features of the members' mean TF-IDF row (features as `documentFeatures` names
   * them), strongest first: compare runs with it, or assign a new document by cosine with
   * `featureVector(text, lang, result.idf)`.
   */
  centroid: Array<[feature: string, weight: number]>;
}

export interface ClusterResult {
  k: number;
  /** Per input document, its cluster index; -1 = outlier (no feature the clustering knows). */
  assignments: Int32Array;
  clusters: ClusterSummary[];
  /**
   * The weight of every feature that appears in some exported centroid: its smoothed idf,
   * ln((1 + fitted) / (1 + df)) + 1, times TERM_WEIGHT (2) for stemmed-term features (`w:`...).
   */
  idf: Map<string, number>;
  /** How many documents the feature space was learned on (all of them, or a seeded sample). */
  fitted: number;
  /** How many documents are outliers. */
  outliers: number;
}

export interface ClusterOptions {
  /** Exactly this many clusters; chosen automatically when absent. */
  k?: number;
  /** Same seed and input, same result. Default 1. */
  seed?: number;
  onProgress?: (stage: string, done: number, total: number) => void;
  /**
   * Each document's group in an earlier run (-1: none), such as its pain point. Clusters start
   * from those groups (the largest k of them) instead of from random
   * seeds, so a re-run over slightly changed data redraws only what changed.
   */
  warmStart?: Int32Array;
  /**
   * With a warm start: `k` was kept from the earlier run, so it is shared out among the scripts
   * that had groups then, and a script none of whose documents had one (a language that has just
   * started writing in) chooses its own number of clusters on top of it.
   */
  keptK?: boolean;
}
