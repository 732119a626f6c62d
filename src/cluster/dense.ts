/** Dense rows in row-major typed arrays: the inner loop the clustering runs most. */

/** Dot product of `dims` values of `a` from offset `ao` and of `b` from offset `bo`. */
export function dot(a: Float32Array, ao: number, b: Float32Array, bo: number, dims: number): number {
  let s = 0;
  for (let j = 0; j < dims; j++) s += (a[ao + j] as number) * (b[bo + j] as number);
  return s;
}

/**
 * Puts `id` with similarity `s` into a best-first list of `length` (`sims`, and `ids` from
 * `offset`) when it beats the last entry, shifting the worse ones down.
 */
export function insertBest(
  sims: Float64Array,
  ids: Int32Array,
  offset: number,
  length: number,
  s: number,
  id: number,
): void {
  if (s <= (sims[length - 1] as number)) return;
  let at = length - 1;
  while (at > 0 && (sims[at - 1] as number) < s) {
    sims[at] = sims[at - 1] as number;
    ids[offset + at] = ids[offset + at - 1] as number;
    at--;
  }
  sims[at] = s;
  ids[offset + at] = id;
}
