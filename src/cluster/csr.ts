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

/** Scales every non-empty row to unit length, in place. */
export function normalizeRows(m: Csr): void {
  for (let r = 0; r < m.rows; r++) {
    const start = m.indptr[r] as number;
    const end = m.indptr[r + 1] as number;
    let sum = 0;
    for (let p = start; p < end; p++) sum += (m.values[p] as number) ** 2;
    const norm = Math.sqrt(sum);
    if (norm > 0) for (let p = start; p < end; p++) m.values[p] = (m.values[p] as number) / norm;
  }
}
