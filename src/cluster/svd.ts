import type { Csr } from "./csr";
import { gram, orthonormalize, symmetricEigen } from "./linalg";
import { createRandom, gaussian } from "./random";

/**
 * Latent semantic analysis by randomized SVD (Halko, Martinsson & Tropp): a `dims`-dimensional
 * projection of the TF-IDF space that keeps its strongest directions. Character n-grams of one
 * word become one direction, so documents that share words in different spellings meet.
 */
export interface Projection {
  dims: number;
  /** features × dims, row-major: row f is feature f's coordinates. */
  basis: Float32Array;
}

/** A·M for a sparse n×F matrix A and a dense row-major F×l matrix M. */
function sparseTimesDense(a: Csr, m: Float64Array | Float32Array, l: number): Float64Array {
  const out = new Float64Array(a.rows * l);
  for (let r = 0; r < a.rows; r++) {
    const o = r * l;
    for (let p = a.indptr[r] as number; p < (a.indptr[r + 1] as number); p++) {
      const v = a.values[p] as number;
      const mo = (a.indices[p] as number) * l;
      for (let j = 0; j < l; j++) out[o + j] = (out[o + j] as number) + v * (m[mo + j] as number);
    }
  }
  return out;
}

/** Aᵀ·Q for a sparse n×F matrix A and a dense row-major n×l matrix Q. */
function sparseTransposeTimesDense(a: Csr, q: Float64Array, l: number): Float64Array {
  const out = new Float64Array(a.cols * l);
  for (let r = 0; r < a.rows; r++) {
    const o = r * l;
    for (let p = a.indptr[r] as number; p < (a.indptr[r + 1] as number); p++) {
      const v = a.values[p] as number;
      const mo = (a.indices[p] as number) * l;
      for (let j = 0; j < l; j++) out[mo + j] = (out[mo + j] as number) + v * (q[o + j] as number);
    }
  }
  return out;
}

export function fitProjection(a: Csr, dims: number, seed: number): Projection {
  const d = Math.max(1, Math.min(dims, a.rows - 1, a.cols));
  const l = Math.min(d + 10, a.rows, a.cols);
  const random = createRandom(seed);
  const omega = new Float32Array(a.cols * l);
  for (let i = 0; i < omega.length; i++) omega[i] = gaussian(random);
  const q = sparseTimesDense(a, omega, l);
  orthonormalize(q, a.rows, l);
  // B = QᵀA is l×F; keep its transpose Z = AᵀQ. BBᵀ = ZᵀZ = W Σ² Wᵀ, and V = Z W Σ⁻¹.
  const z = sparseTransposeTimesDense(a, q, l);
  const zz = gram(z, a.cols, l);
  const { values, vectors } = symmetricEigen(zz, l);
  const scale = new Float64Array(d * l);
  for (let i = 0; i < l; i++) {
    for (let j = 0; j < d; j++) {
      const sigma = Math.sqrt(Math.max(values[j] as number, 0));
      scale[i * d + j] = sigma > 0 ? (vectors[i * l + j] as number) / sigma : 0;
    }
  }
  const basis = new Float32Array(a.cols * d);
  for (let f = 0; f < a.cols; f++) {
    for (let i = 0; i < l; i++) {
      const zi = z[f * l + i] as number;
      if (zi === 0) continue;
      for (let j = 0; j < d; j++)
        basis[f * d + j] = (basis[f * d + j] as number) + zi * (scale[i * d + j] as number);
    }
  }
  return { dims: d, basis };
}

/**
 * Rows of `a` in the projected space, scaled to unit length (empty rows stay zero), as a row-major
 * rows×dims Float32Array.
 */
export function project(a: Csr, projection: Projection): Float32Array {
  const { dims, basis } = projection;
  const out = new Float32Array(a.rows * dims);
  const row = new Float64Array(dims);
  for (let r = 0; r < a.rows; r++) {
    row.fill(0);
    for (let p = a.indptr[r] as number; p < (a.indptr[r + 1] as number); p++) {
      const v = a.values[p] as number;
      const o = (a.indices[p] as number) * dims;
      for (let j = 0; j < dims; j++) row[j] = (row[j] as number) + v * (basis[o + j] as number);
    }
    let norm = 0;
    for (let j = 0; j < dims; j++) norm += (row[j] as number) ** 2;
    norm = Math.sqrt(norm);
    if (norm > 0) for (let j = 0; j < dims; j++) out[r * dims + j] = (row[j] as number) / norm;
  }
  return out;
}
