/**
 * The clustering engine: short multilingual messages in, clusters out.
 *
 * - `clusterDocuments(docs, { k?, seed?, onProgress? })` → `ClusterResult`: per document its
 *   cluster (-1 = outlier: a document with no feature the clustering knows, e.g. empty or only
 *   punctuation), and per cluster a label, keywords, size, 3 representative documents, language,
 *   and its centroid as named sparse features. Deterministic for a given seed.
 * - Comparing a new document with a stored centroid: `featureVector(text, lang, result.idf)` gives
 *   its unit TF-IDF vector by feature name; its cosine with a (normalized) stored centroid says how
 *   close it is. `result.idf` holds the idf of every feature that appears in some centroid, so
 *   store it with the centroids. `documentFeatures(text, lang)` gives the raw feature counts.
 *
 * How: character n-grams (2–4, inside word boundaries) of normalized text, sublinear TF-IDF rows
 * (CSR on typed arrays), LSA by randomized SVD, spherical k-means with k-means++ seeding and
 * restarts. Beyond 20,000 documents the space and centroids are learned on a seeded sample of
 * 20,000 and every other document is assigned to its nearest centroid, in chunks.
 */
export { ClusterInputError, clusterDocuments } from "./engine";
export type { ClusterOptions, ClusterResult, ClusterSummary } from "./types";
export { documentFeatures, type FeatureVector, featureVector } from "./vectors";
