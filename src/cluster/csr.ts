/** A sparse matrix in compressed sparse row form: row r holds indices/values [indptr[r], indptr[r+1]). */
export interface Csr {
  rows: number;
  cols: number;
  indptr: Int32Array;
  indices: Int32Array;
  values: Float32Array;
}

/** An Int32Array that doubles as it fills, for building CSR rows of unknown total size. */
export class Int32Builder {
  data = new Int32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/** Scales every non-empty row to unit length, in place; returns each row's norm before scaling. */
export function normalizeRows(m: Csr): Float32Array {
  const norms = new Float32Array(m.rows);
  for (let r = 0; r < m.rows; r++) {
    const start = m.indptr[r] as number;
    const end = m.indptr[r + 1] as number;
    let sum = 0;
    for (let p = start; p < end; p++) sum += (m.values[p] as number) ** 2;
    const norm = Math.sqrt(sum);
    norms[r] = norm;
    if (norm > 0) for (let p = start; p < end; p++) m.values[p] = (m.values[p] as number) / norm;
  }
  return norms;
}

/** The rows `picked` of `m`, in that order, as a new matrix sharing nothing with `m`. */
export function selectRows(m: Csr, picked: ArrayLike<number>): Csr {
  const indptr = new Int32Array(picked.length + 1);
  for (let i = 0; i < picked.length; i++) {
    const r = picked[i] as number;
    indptr[i + 1] = (indptr[i] as number) + (m.indptr[r + 1] as number) - (m.indptr[r] as number);
  }
  const nnz = indptr[picked.length] as number;
  const indices = new Int32Array(nnz);
  const values = new Float32Array(nnz);
  for (let i = 0; i < picked.length; i++) {
    const r = picked[i] as number;
    const start = m.indptr[r] as number;
    const end = m.indptr[r + 1] as number;
    indices.set(m.indices.subarray(start, end), indptr[i] as number);
    values.set(m.values.subarray(start, end), indptr[i] as number);
  }
  return { rows: picked.length, cols: m.cols, indptr, indices, values };
}
