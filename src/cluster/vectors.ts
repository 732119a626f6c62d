import { DEFAULT_FEATURES, FeatureIndexer, FeatureNames } from "./features";

/** A sparse vector by feature name, unit length unless empty. */
export type FeatureVector = Array<[feature: string, weight: number]>;

/**
 * The features of one text with their raw counts (char n-grams as the clustering sees them), in
 * the order they first occur.
 */
export function documentFeatures(text: string, lang?: string): Map<string, number> {
  const seen = new FeatureNames();
  const counts = new Map<string, number>();
  new FeatureIndexer(DEFAULT_FEATURES, seen.idOf).forEachId(text, lang, (id) => {
    const feature = seen.names[id] as string;
    counts.set(feature, (counts.get(feature) ?? 0) + 1);
  });
  return counts;
}

/**
 * A text's TF-IDF vector in a stored feature space, comparable (cosine) with a stored centroid:
 * sublinear tf times the given weight (`ClusterResult.idf`), unit length, features missing from
 * `idf` left out.
 */
export function featureVector(
  text: string,
  lang: string | undefined,
  idf: ReadonlyMap<string, number>,
): FeatureVector {
  const out: FeatureVector = [];
  let norm = 0;
  for (const [feature, count] of documentFeatures(text, lang)) {
    const weight = idf.get(feature);
    if (weight === undefined) continue;
    const w = (1 + Math.log(count)) * weight;
    out.push([feature, w]);
    norm += w * w;
  }
  if (norm > 0) {
    const scale = 1 / Math.sqrt(norm);
    for (const entry of out) entry[1] *= scale;
  }
  return out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
