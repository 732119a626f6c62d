import type { CorpusStats } from "../text/analyze";
import { type Csr, Int32Builder, normalizeRows } from "./csr";
import { FeatureIndexer, FeatureNames, type FeatureOptions, isTermFeature, TERM_WEIGHT } from "./features";

export interface FeatureDocument {
  text: string;
  lang?: string | undefined;
}

/**
 * The fitted feature space: each kept feature's column and its weight, the inverse document
 * frequency (times TERM_WEIGHT for stemmed-term features).
 */
export interface Vocabulary {
  columns: Map<string, number>;
  terms: string[];
  idf: Float32Array;
  options: FeatureOptions;
  /** The fit set's word counts: prefix evidence for the documents transformed later. */
  corpus?: CorpusStats | undefined;
  /** Word-level lookups of this space, kept between chunks of one run. */
  indexer?: FeatureIndexer;
}

/** Counts of one document's known features as sorted (column, count) runs, appended to the builders. */
function appendCounts(ids: Int32Array, length: number, cols: Int32Builder, counts: Int32Builder): void {
  const row = ids.subarray(0, length).sort();
  for (let i = 0; i < length; ) {
    const id = row[i] as number;
    let j = i + 1;
    while (j < length && row[j] === id) j++;
    cols.push(id);
    counts.push(j - i);
    i = j;
  }
}

/**
 * Each document's feature ids counted: row d is cols/counts[rowStarts[d] .. rowStarts[d + 1]), as
 * sorted (id, count) runs. Ids the indexer answers with -1 (unknown features) are skipped by it.
 */
function countFeatures(
  docs: readonly FeatureDocument[],
  indexer: FeatureIndexer,
): { rowStarts: Int32Array; cols: Int32Builder; counts: Int32Builder } {
  const rowStarts = new Int32Array(docs.length + 1);
  const cols = new Int32Builder();
  const counts = new Int32Builder();
  let scratch = new Int32Array(256);
  for (let d = 0; d < docs.length; d++) {
    let length = 0;
    const doc = docs[d] as FeatureDocument;
    indexer.forEachId(doc.text, doc.lang, (id) => {
      if (length === scratch.length) {
        const next = new Int32Array(length * 2);
        next.set(scratch);
        scratch = next;
      }
      scratch[length++] = id;
    });
    appendCounts(scratch, length, cols, counts);
    rowStarts[d + 1] = cols.length;
  }
  return { rowStarts, cols, counts };
}

/**
 * Learns the vocabulary and idf of `texts` and returns their TF-IDF rows: sublinear tf
 * (1 + ln tf), smoothed idf (ln((1 + n) / (1 + df)) + 1), unit-length rows. Features seen in
 * fewer than `minDf` documents are dropped: they cannot bring two documents together. A single
 * document keeps all of its features: it is a cluster of its own, not an outlier.
 */
export function fitTfidf(
  docs: readonly FeatureDocument[],
  options: FeatureOptions,
  { minDf = 2, corpus }: { minDf?: number; corpus?: CorpusStats } = {},
): { vocabulary: Vocabulary; matrix: Csr } {
  const seen = new FeatureNames();
  const allTerms = seen.names;
  const indexer = new FeatureIndexer(options, seen.idOf, corpus);
  const { rowStarts, cols, counts } = countFeatures(docs, indexer);
  const df = new Int32Array(allTerms.length);
  for (let p = 0; p < cols.length; p++)
    df[cols.data[p] as number] = (df[cols.data[p] as number] as number) + 1;
  const remap = new Int32Array(allTerms.length).fill(-1);
  const terms: string[] = [];
  const leastDf = Math.min(minDf, docs.length);
  for (let id = 0; id < allTerms.length; id++) {
    if ((df[id] as number) >= leastDf) {
      remap[id] = terms.length;
      terms.push(allTerms[id] as string);
    }
  }
  const n = docs.length;
  const idf = new Float32Array(terms.length);
  for (let id = 0; id < allTerms.length; id++) {
    const col = remap[id] as number;
    if (col < 0) continue;
    const weight = isTermFeature(allTerms[id] as string) ? TERM_WEIGHT : 1;
    idf[col] = (Math.log((1 + n) / (1 + (df[id] as number))) + 1) * weight;
  }
  const columns = new Map<string, number>();
  terms.forEach((t, i) => {
    columns.set(t, i);
  });
  const vocabulary: Vocabulary = { columns, terms, idf, options, corpus };

  const indptr = new Int32Array(n + 1);
  const indices = new Int32Builder();
  const values: number[] = [];
  for (let d = 0; d < n; d++) {
    for (let p = rowStarts[d] as number; p < (rowStarts[d + 1] as number); p++) {
      const col = remap[cols.data[p] as number] as number;
      if (col < 0) continue;
      indices.push(col);
      values.push((1 + Math.log(counts.data[p] as number)) * (idf[col] as number));
    }
    indptr[d + 1] = indices.length;
  }
  const matrix: Csr = {
    rows: n,
    cols: terms.length,
    indptr,
    indices: indices.toArray(),
    values: Float32Array.from(values),
  };
  normalizeRows(matrix);
  return { vocabulary, matrix };
}

/** TF-IDF rows of new documents in a fitted space; features it does not know are ignored. */
export function transformTfidf(docs: readonly FeatureDocument[], vocabulary: Vocabulary): Csr {
  vocabulary.indexer ??= new FeatureIndexer(
    vocabulary.options,
    (f) => vocabulary.columns.get(f) ?? -1,
    vocabulary.corpus,
  );
  const indexer = vocabulary.indexer;
  const { rowStarts: indptr, cols, counts } = countFeatures(docs, indexer);
  const indices = cols.toArray();
  const values = new Float32Array(indices.length);
  for (let p = 0; p < indices.length; p++) {
    values[p] = (1 + Math.log(counts.data[p] as number)) * (vocabulary.idf[indices[p] as number] as number);
  }
  const matrix: Csr = { rows: docs.length, cols: vocabulary.terms.length, indptr, indices, values };
  normalizeRows(matrix);
  return matrix;
}
