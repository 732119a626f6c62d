/**
 * Maximum-weight matching of rows to columns (the Hungarian algorithm, O(n²·m) with n ≤ m after
 * transposing). `weights` is row-major, rows × cols; only pairs weighing at least `minWeight` may be
 * matched. Answers, per row, the matched column or -1.
 */
export function maxWeightMatching(
  weights: Float64Array,
  rows: number,
  cols: number,
  minWeight: number,
): Int32Array {
  const result = new Int32Array(rows).fill(-1);
  if (rows === 0 || cols === 0) return result;
  const transpose = rows > cols;
  const n = transpose ? cols : rows;
  const m = transpose ? rows : cols;
  // Costs to minimise; a forbidden pair costs 0, as much as leaving both ends unmatched.
  const cost = (i: number, j: number): number => {
    const w = (transpose ? weights[j * cols + i] : weights[i * cols + j]) as number;
    return w >= minWeight ? -w : 0;
  };
  // Potentials u (rows), v (columns) and the matching p (column → row), 1-based with 0 as sentinel.
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const p = new Int32Array(m + 1);
  const way = new Int32Array(m + 1);
  const minv = new Float64Array(m + 1);
  const used = new Uint8Array(m + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    minv.fill(Number.POSITIVE_INFINITY);
    used.fill(0);
    do {
      used[j0] = 1;
      const i0 = p[j0] as number;
      let delta = Number.POSITIVE_INFINITY;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = cost(i0 - 1, j - 1) - (u[i0] as number) - (v[j] as number);
        if (cur < (minv[j] as number)) {
          minv[j] = cur;
          way[j] = j0;
        }
        if ((minv[j] as number) < delta) {
          delta = minv[j] as number;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          const row = p[j] as number;
          u[row] = (u[row] as number) + delta;
          v[j] = (v[j] as number) - delta;
        } else minv[j] = (minv[j] as number) - delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0] as number;
      p[j0] = p[j1] as number;
      j0 = j1;
    } while (j0 !== 0);
  }
  for (let j = 1; j <= m; j++) {
    const i = p[j] as number;
    if (i === 0 || cost(i - 1, j - 1) === 0) continue;
    if (transpose) result[j - 1] = i - 1;
    else result[i - 1] = j - 1;
  }
  return result;
}
