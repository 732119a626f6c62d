/** NMI (arithmetic normalization, as scikit-learn's default) and ARI of two labelings, for quick in-process figures. */
export function clusteringScores(
  truth: readonly string[],
  predicted: ArrayLike<number>,
): { nmi: number; ari: number } {
  const n = truth.length;
  const tIds = new Map<string, number>();
  const pIds = new Map<number, number>();
  const pairs = new Map<number, number>();
  const t = new Int32Array(n);
  const p = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const tl = truth[i] as string;
    let a = tIds.get(tl);
    if (a === undefined) {
      a = tIds.size;
      tIds.set(tl, a);
    }
    // An outlier is a group of its own, as score.py counts it.
    const pl = (predicted[i] as number) < 0 ? -1 - i : (predicted[i] as number);
    let b = pIds.get(pl);
    if (b === undefined) {
      b = pIds.size;
      pIds.set(pl, b);
    }
    t[i] = a;
    p[i] = b;
  }
  const ta = new Float64Array(tIds.size);
  const pb = new Float64Array(pIds.size);
  for (let i = 0; i < n; i++) {
    ta[t[i] as number] = (ta[t[i] as number] as number) + 1;
    pb[p[i] as number] = (pb[p[i] as number] as number) + 1;
    const key = (t[i] as number) * pIds.size + (p[i] as number);
    pairs.set(key, (pairs.get(key) ?? 0) + 1);
  }
  const entropy = (counts: Float64Array) => {
    let h = 0;
    for (const c of counts) if (c > 0) h -= (c / n) * Math.log(c / n);
    return h;
  };
  let mi = 0;
  let sumPairs = 0;
  for (const [key, c] of pairs) {
    const a = Math.floor(key / pIds.size);
    const b = key % pIds.size;
    mi += (c / n) * Math.log((c * n) / ((ta[a] as number) * (pb[b] as number)));
    sumPairs += (c * (c - 1)) / 2;
  }
  const ht = entropy(ta);
  const hp = entropy(pb);
  const nmi = ht + hp > 0 ? mi / ((ht + hp) / 2) : 1;
  const choose2 = (x: number) => (x * (x - 1)) / 2;
  let sumA = 0;
  let sumB = 0;
  for (const c of ta) sumA += choose2(c);
  for (const c of pb) sumB += choose2(c);
  const expected = (sumA * sumB) / choose2(n);
  const max = (sumA + sumB) / 2;
  const ari = max === expected ? 1 : (sumPairs - expected) / (max - expected);
  return { nmi, ari };
}
