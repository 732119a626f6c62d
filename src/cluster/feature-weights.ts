import { type Csr, normalizeRows } from "./csr";
import type { Vocabulary } from "./tfidf";

/**
 * How much each feature says about topics, learned from a first clustering. A feature spread over
 * the clusters as the documents are (filler such as "الخاص بي", "ميزة", "please") says little; one
 * concentrated in a few clusters says much. Its weight is the divergence of its cluster
 * distribution from the clusters' sizes, KL(p(c | f) ‖ p(c)) / ln k, with p(c | f) shrunk towards
 * p(c) by PRIOR_DOCS documents so that a rare feature is not taken for a telling one, mapped to
 * [FLOOR, 1]. A second clustering on the reweighted features measured +0.008 NMI on Arabic and
 * +0.003 on English (ten seeded samples of 3,000 messages, k 77); a third pass measured worse.
 */
const PRIOR_DOCS = 2;
const FLOOR = 0.2;

/**
 * Weights of the columns of `m` given the group of each of `rows` (-1: none, left out), or
 * undefined when fewer than two groups have rows (nothing to tell apart). A row's features count
 * once: CSR rows hold each column once.
 */
export function topicWeights(m: Csr, rows: readonly number[], groups: Int32Array): Float32Array | undefined {
  const weights = new Float32Array(m.cols).fill(1);
  let k = 0;
  for (const g of groups) if (g + 1 > k) k = g + 1;
  const members: number[][] = Array.from({ length: k }, () => []);
  let grouped = 0;
  rows.forEach((row, i) => {
    const g = groups[i] as number;
    if (g < 0) return;
    members[g]?.push(row);
    grouped++;
  });
  const nonEmpty = members.filter((list) => list.length > 0).length;
  if (nonEmpty < 2) return undefined;
  const docFreq = new Float64Array(m.cols);
  for (const list of members) {
    for (const row of list) {
      for (let p = m.indptr[row] as number; p < (m.indptr[row + 1] as number); p++) {
        docFreq[m.indices[p] as number] = (docFreq[m.indices[p] as number] as number) + 1;
      }
    }
  }
  // KL(p(c|f) ‖ p(c)) = Σ_c q_c ln(q_c / p_c) with q_c = (n_cf + β p_c) / (t_f + β). Over the
  // clusters without f, q_c / p_c = β / (t_f + β): their sum is taken for all clusters first and
  // corrected for the clusters that hold f, so the cost is one pass over the non-zeros.
  const divergence = new Float64Array(m.cols);
  for (let f = 0; f < m.cols; f++) {
    const t = docFreq[f] as number;
    const share = PRIOR_DOCS / (t + PRIOR_DOCS);
    divergence[f] = share * Math.log(share);
  }
  const inCluster = new Float64Array(m.cols);
  const touched: number[] = [];
  for (const list of members) {
    if (list.length === 0) continue;
    const prior = list.length / grouped;
    for (const row of list) {
      for (let p = m.indptr[row] as number; p < (m.indptr[row + 1] as number); p++) {
        const f = m.indices[p] as number;
        if (inCluster[f] === 0) touched.push(f);
        inCluster[f] = (inCluster[f] as number) + 1;
      }
    }
    for (const f of touched) {
      const t = docFreq[f] as number;
      const share = PRIOR_DOCS / (t + PRIOR_DOCS);
      const q = ((inCluster[f] as number) + PRIOR_DOCS * prior) / (t + PRIOR_DOCS);
      divergence[f] = (divergence[f] as number) + q * Math.log(q / prior) - prior * share * Math.log(share);
      inCluster[f] = 0;
    }
    touched.length = 0;
  }
  const logK = Math.log(nonEmpty);
  for (let f = 0; f < m.cols; f++) {
    if (docFreq[f] === 0) continue;
    const telling = Math.min(1, Math.max(0, (divergence[f] as number) / logK));
    weights[f] = FLOOR + (1 - FLOOR) * telling;
  }
  return weights;
}

/**
 * Puts the weights into a fitted space: into its idf, so that documents transformed later carry
 * them, and into its TF-IDF rows, which stay unit length.
 */
export function applyWeights(vocabulary: Vocabulary, m: Csr, weights: Float32Array): void {
  for (let c = 0; c < weights.length; c++)
    vocabulary.idf[c] = (vocabulary.idf[c] as number) * (weights[c] as number);
  for (let p = 0; p < m.values.length; p++) {
    m.values[p] = (m.values[p] as number) * (weights[m.indices[p] as number] as number);
  }
  normalizeRows(m);
}
