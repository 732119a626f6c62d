/** Dense rows in row-major typed arrays: the inner loop the clustering runs most. */

/** Dot product of `dims` values of `a` from offset `ao` and of `b` from offset `bo`. */
export function dot(a: Float32Array, ao: number, b: Float32Array, bo: number, dims: number): number {
  let s = 0;
  for (let j = 0; j < dims; j++) s += (a[ao + j] as number) * (b[bo + j] as number);
  return s;
}
