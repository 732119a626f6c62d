/**
 * The clustering engine: short multilingual messages in, clusters out.
 *
 * - `clusterDocuments(docs, { k?, seed?, onProgress?, warmStart? })` → `ClusterResult`: per
 *   document its cluster (-1 = outlier: a document with no feature the clustering knows, e.g.
 *   empty or only punctuation, or with no word that says something: only function words, thanks
 *   or assent, numbers, as `cli tokenize` shows it), and per cluster a label, keywords, size, 3
 *   representative documents, language, and its centroid as named sparse features. Deterministic for a given
 *   seed. `warmStart` (each document's group in an earlier run) starts the clusters from those
 *   groups, so a re-run over slightly changed data keeps them; with `keptK` the k is that of the
 *   scripts which had groups, and a script without any chooses its own on top of it.
 * - Comparing a new document with a stored centroid: `featureVector(text, lang, result.idf)` gives
 *   its unit TF-IDF vector by feature name; its cosine with a (normalized) stored centroid says how
 *   close it is. `result.idf` holds the idf of every feature that appears in some centroid, so
 *   store it with the centroids. `documentFeatures(text, lang)` gives the raw feature counts.
 *
 *   A feature missing from `idf` had a document frequency of 1 or 0 among the `result.fitted`
 *   documents the space was learned on: weight ln((1 + fitted) / 2) + 1 at most (times
 *   TERM_WEIGHT for `w:` features).
 * - Features: character n-grams (2–4, inside word boundaries, as " car", "card") of the text
 *   pipeline's normalizeForFeatures, Arabic function words left out and Arabic words taken
 *   without their article and clitics (dialect words as their MSA stem), plus the pipeline's
 *   stemmed terms as `w:term` with weight TERM_WEIGHT: the terms `cli tokenize` prints, read from
 *   the words as written (a madda or ta marbuta can tell a word from a function word). Prefix
 *   evidence comes from the fit set.
 *
 * - Scripts: the messages of each script (detect-language's dominantScript) with at least 30 of
 *   them are clustered in a feature space of their own (by-script.ts), given k shared out by the
 *   square root of their numbers (a small language still brings its own topics); the few messages
 *   of smaller scripts share the largest one's space, where a message stays in a cluster of its
 *   own script when its script has one (own-script.ts).
 *
 * How: sublinear TF-IDF rows (CSR on typed arrays), LSA by randomized SVD (100 dimensions, 64 on
 * large fit sets), spherical k-means with k-means++ seeding, restarts and Elkan's bounds,
 * neighbourhood smoothing and a second k-means; then the features are weighted by how much they
 * tell those clusters apart (feature-weights.ts, carried in the idf) and the same is done again,
 * starting from those clusters; then the clusters are refined on the sparse features by rounds of
 * naive Bayes learning from a random share of each (refine.ts: +0.03 NMI on Arabic, +0.02 on
 * English); k chosen by silhouette on a sample when not given. Beyond 6,000 documents the space,
 * centroids and labels are learned on a seeded sample of 6,000 (shared out between the scripts, at
 * least 2,000 each) and every other document is assigned to its nearest centroid, in chunks, so
 * time grows linearly and memory stays bounded.
 */
export { clusterDocuments } from "./by-script";
export { ClusterInputError } from "./engine";
export { TERM_WEIGHT } from "./features";
export type { ClusterOptions, ClusterResult, ClusterSummary } from "./types";
export { documentFeatures, type FeatureVector, featureVector } from "./vectors";
