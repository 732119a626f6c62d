/** A sparse vector by feature name: how centroids are stored and compared across runs. */
export type SparseVector = ReadonlyArray<readonly [feature: string, weight: number]>;

/** The same vector scaled to unit length (an empty or zero vector stays as it is). */
export function normalize(vector: SparseVector): Array<[string, number]> {
  let norm = 0;
  for (const [, w] of vector) norm += w * w;
  norm = Math.sqrt(norm);
  if (norm === 0) return vector.map(([f, w]) => [f, w]);
  return vector.map(([f, w]) => [f, w / norm]);
}

/**
 * Cosine similarity by feature name. Vectors from two runs live in slightly different spaces (the
 * idf moves as feedback arrives), but a feature name means the same thing in both.
 */
export function cosine(a: SparseVector, b: SparseVector): number {
  if (a.length === 0 || b.length === 0) return 0;
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  const weights = new Map<string, number>();
  let largeNorm = 0;
  for (const [f, w] of large) {
    weights.set(f, (weights.get(f) ?? 0) + w);
    largeNorm += w * w;
  }
  let dot = 0;
  let smallNorm = 0;
  for (const [f, w] of small) {
    dot += w * (weights.get(f) ?? 0);
    smallNorm += w * w;
  }
  if (smallNorm === 0 || largeNorm === 0) return 0;
  return dot / Math.sqrt(smallNorm * largeNorm);
}

/**
 * Centroids as an inverted index (feature → centroids that have it, with weights), so that
 * comparing one sparse item with all centroids costs its own length, not k times the vocabulary.
 */
export interface CentroidIndex {
  count: number;
  postings: Map<string, { centroids: Int32Array; weights: Float64Array }>;
}

export function indexCentroids(centroids: readonly SparseVector[]): CentroidIndex {
  const lists = new Map<string, { centroids: number[]; weights: number[] }>();
  centroids.forEach((centroid, c) => {
    for (const [f, w] of normalize(centroid)) {
      let list = lists.get(f);
      if (!list) {
        list = { centroids: [], weights: [] };
        lists.set(f, list);
      }
      list.centroids.push(c);
      list.weights.push(w);
    }
  });
  const postings = new Map<string, { centroids: Int32Array; weights: Float64Array }>();
  for (const [f, list] of lists) {
    postings.set(f, { centroids: Int32Array.from(list.centroids), weights: Float64Array.from(list.weights) });
  }
  return { count: centroids.length, postings };
}

/** Cosine of `vector` with every indexed centroid, written into `out` (length = centroid count). */
export function similarities(index: CentroidIndex, vector: SparseVector, out: Float64Array): Float64Array {
  out.fill(0);
  let norm = 0;
  for (const [, w] of vector) norm += w * w;
  if (norm === 0) return out;
  const scale = 1 / Math.sqrt(norm);
  for (const [f, w] of vector) {
    const posting = index.postings.get(f);
    if (!posting) continue;
    const { centroids, weights } = posting;
    for (let i = 0; i < centroids.length; i++) {
      const c = centroids[i] as number;
      out[c] = (out[c] as number) + (weights[i] as number) * w * scale;
    }
  }
  return out;
}
