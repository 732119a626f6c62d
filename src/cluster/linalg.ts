/** Small dense linear algebra on row-major Float64Arrays, sized for l×l matrices (l ≈ 100–300). */

/** Eigen-decomposition of a symmetric l×l matrix by cyclic Jacobi rotations: values descending, vectors as columns. */
export function symmetricEigen(
  matrix: Float64Array,
  l: number,
): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(matrix);
  const v = new Float64Array(l * l);
  for (let i = 0; i < l; i++) v[i * l + i] = 1;
  for (let sweep = 0; sweep < 50; sweep++) {
    let off = 0;
    for (let p = 0; p < l; p++) for (let q = p + 1; q < l; q++) off += (a[p * l + q] as number) ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < l; p++) {
      for (let q = p + 1; q < l; q++) {
        const apq = a[p * l + q] as number;
        if (Math.abs(apq) < 1e-300) continue;
        const app = a[p * l + p] as number;
        const aqq = a[q * l + q] as number;
        const theta = (aqq - app) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < l; k++) {
          const akp = a[k * l + p] as number;
          const akq = a[k * l + q] as number;
          a[k * l + p] = c * akp - s * akq;
          a[k * l + q] = s * akp + c * akq;
        }
        for (let k = 0; k < l; k++) {
          const apk = a[p * l + k] as number;
          const aqk = a[q * l + k] as number;
          a[p * l + k] = c * apk - s * aqk;
          a[q * l + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < l; k++) {
          const vkp = v[k * l + p] as number;
          const vkq = v[k * l + q] as number;
          v[k * l + p] = c * vkp - s * vkq;
          v[k * l + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const order = Array.from({ length: l }, (_, i) => i).sort(
    (x, y) => (a[y * l + y] as number) - (a[x * l + x] as number),
  );
  const values = new Float64Array(l);
  const vectors = new Float64Array(l * l);
  order.forEach((src, dst) => {
    values[dst] = a[src * l + src] as number;
    for (let k = 0; k < l; k++) vectors[k * l + dst] = v[k * l + src] as number;
  });
  return { values, vectors };
}

/** XᵀX of a row-major n×l matrix. */
export function gram(x: Float64Array, n: number, l: number): Float64Array {
  const g = new Float64Array(l * l);
  for (let r = 0; r < n; r++) {
    const o = r * l;
    for (let i = 0; i < l; i++) {
      const xi = x[o + i] as number;
      if (xi === 0) continue;
      const gi = i * l;
      for (let j = i; j < l; j++) g[gi + j] = (g[gi + j] as number) + xi * (x[o + j] as number);
    }
  }
  for (let i = 0; i < l; i++) for (let j = 0; j < i; j++) g[i * l + j] = g[j * l + i] as number;
  return g;
}

/**
 * Orthonormal columns spanning those of the row-major n×l matrix `x`, in place: Cholesky QR
 * (X ← X R⁻¹ with RᵀR = XᵀX), twice for accuracy, with a tiny diagonal shift so that a
 * rank-deficient X cannot break the factorization.
 */
export function orthonormalize(x: Float64Array, n: number, l: number): void {
  const row = new Float64Array(l);
  for (let pass = 0; pass < 2; pass++) {
    const g = gram(x, n, l);
    let trace = 0;
    for (let i = 0; i < l; i++) trace += g[i * l + i] as number;
    const shift = (trace / l) * 1e-10 + 1e-300;
    // Upper-triangular R, row-major, with RᵀR = G.
    const r = new Float64Array(l * l);
    for (let i = 0; i < l; i++) {
      let d = (g[i * l + i] as number) + shift;
      for (let k = 0; k < i; k++) d -= (r[k * l + i] as number) ** 2;
      const rii = Math.sqrt(Math.max(d, shift));
      r[i * l + i] = rii;
      for (let j = i + 1; j < l; j++) {
        let s = g[i * l + j] as number;
        for (let k = 0; k < i; k++) s -= (r[k * l + i] as number) * (r[k * l + j] as number);
        r[i * l + j] = s / rii;
      }
    }
    // Each row solves y R = x by forward substitution.
    for (let o = 0; o < n * l; o += l) {
      for (let j = 0; j < l; j++) {
        let s = x[o + j] as number;
        for (let k = 0; k < j; k++) s -= (row[k] as number) * (r[k * l + j] as number);
        row[j] = s / (r[j * l + j] as number);
      }
      x.set(row, o);
    }
  }
}
