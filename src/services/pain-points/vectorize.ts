import type { SparseVector } from "./sparse";

/**
 * The stored part of a run's feature space: idf of the features its centroids use, and the idf to
 * assume for any other feature.
 */
export interface FeatureSpace {
  idf: ReadonlyMap<string, number>;
  /** Features a run does not keep are rare ones: they weigh like the rarest, which keeps a text's
   * length honest, so that sharing a few common n-grams with a centroid is not mistaken for a match. */
  unknownIdf: number;
  /** Unknown features starting with one of these prefixes weigh `unknownIdf` times the factor. */
  prefixWeights?: ReadonlyArray<readonly [prefix: string, factor: number]>;
}

function unknownWeight(feature: string, space: FeatureSpace): number {
  for (const [prefix, factor] of space.prefixWeights ?? []) {
    if (feature.startsWith(prefix)) return space.unknownIdf * factor;
  }
  return space.unknownIdf;
}

/**
 * A text's TF-IDF vector (sublinear tf) from its feature counts, unit length over all its features,
 * keeping only the features the space knows: those are the only ones a centroid can share.
 */
export function vectorizeCounts(counts: ReadonlyMap<string, number>, space: FeatureSpace): SparseVector {
  const out: Array<[string, number]> = [];
  let norm = 0;
  for (const [feature, count] of counts) {
    if (count <= 0) continue;
    const known = space.idf.get(feature);
    const w = (1 + Math.log(count)) * (known ?? unknownWeight(feature, space));
    norm += w * w;
    if (known !== undefined) out.push([feature, w]);
  }
  if (norm === 0) return out;
  const scale = 1 / Math.sqrt(norm);
  for (const entry of out) entry[1] *= scale;
  return out;
}

/** The space as JSON for `cluster_runs.model`, and back. */
export function featureSpaceToJson(space: FeatureSpace): {
  idf: Record<string, number>;
  unknownIdf: number;
  prefixWeights: Array<[string, number]>;
} {
  return {
    idf: Object.fromEntries(space.idf),
    unknownIdf: space.unknownIdf,
    prefixWeights: (space.prefixWeights ?? []).map(([p, f]) => [p, f]),
  };
}

export function featureSpaceFromJson(json: unknown): FeatureSpace | null {
  if (!json || typeof json !== "object") return null;
  const { idf, unknownIdf, prefixWeights } = json as {
    idf?: unknown;
    unknownIdf?: unknown;
    prefixWeights?: unknown;
  };
  if (!idf || typeof idf !== "object" || typeof unknownIdf !== "number") return null;
  const map = new Map<string, number>();
  for (const [f, w] of Object.entries(idf as Record<string, unknown>))
    if (typeof w === "number") map.set(f, w);
  const prefixes = Array.isArray(prefixWeights)
    ? prefixWeights.filter(
        (e): e is [string, number] =>
          Array.isArray(e) && typeof e[0] === "string" && typeof e[1] === "number",
      )
    : [];
  return { idf: map, unknownIdf, prefixWeights: prefixes };
}
