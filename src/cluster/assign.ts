/** Nearest-centroid assignment of dense unit rows, and the repair that keeps every cluster non-empty. */

/** Writes each row's nearest centroid (cosine) and its similarity; zero rows get -1. */
export function assignRows(
  x: Float32Array,
  rows: number,
  dims: number,
  centroids: Float32Array,
  k: number,
  assignments: Int32Array,
  similarity: Float32Array,
  offset = 0,
): void {
  for (let i = 0; i < rows; i++) {
    const o = i * dims;
    let empty = true;
    for (let j = 0; j < dims && empty; j++) if (x[o + j] !== 0) empty = false;
    if (empty) {
      assignments[offset + i] = -1;
      similarity[offset + i] = 0;
      continue;
    }
    let best = 0;
    let bestSim = Number.NEGATIVE_INFINITY;
    for (let c = 0; c < k; c++) {
      const co = c * dims;
      let s = 0;
      for (let j = 0; j < dims; j++) s += (x[o + j] as number) * (centroids[co + j] as number);
      if (s > bestSim) {
        bestSim = s;
        best = c;
      }
    }
    assignments[offset + i] = best;
    similarity[offset + i] = bestSim;
  }
}

/**
 * Gives every empty cluster the row most similar to its centroid among rows whose cluster would
 * not empty in turn, so that asking for k clusters yields exactly k.
 */
export function fillEmptyClusters(
  x: Float32Array,
  n: number,
  dims: number,
  centroids: Float32Array,
  k: number,
  assignments: Int32Array,
): void {
  const sizes = new Int32Array(k);
  for (let i = 0; i < n; i++)
    if ((assignments[i] as number) >= 0)
      sizes[assignments[i] as number] = (sizes[assignments[i] as number] as number) + 1;
  for (let c = 0; c < k; c++) {
    if (sizes[c] !== 0) continue;
    let best = -1;
    let bestSim = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < n; i++) {
      const own = assignments[i] as number;
      if (own < 0 || (sizes[own] as number) < 2) continue;
      let s = 0;
      for (let j = 0; j < dims; j++) s += (x[i * dims + j] as number) * (centroids[c * dims + j] as number);
      if (s > bestSim) {
        bestSim = s;
        best = i;
      }
    }
    if (best < 0) continue;
    sizes[assignments[best] as number] = (sizes[assignments[best] as number] as number) - 1;
    assignments[best] = c;
    sizes[c] = 1;
  }
}
