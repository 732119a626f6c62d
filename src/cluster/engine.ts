import { analyzeText, buildCorpusStats } from "../text/analyze";
import { detectLanguage } from "../text/detect-language";
import { assignRows, assignRowsGrouped, groupCentroids } from "./assign";
import { chooseK } from "./choose-k";
import type { Csr } from "./csr";
import { DEFAULT_FEATURES } from "./features";
import { type KMeansResult, lloyd, sphericalKMeans } from "./kmeans";
import { clusterKeywords, countTerms, createTermCounter, labelFromKeywords } from "./labels";
import { normalizeText } from "./normalize";
import { createRandom, sampleIndexes } from "./random";
import { smoothByNeighbours } from "./smooth";
import { fitProjection, project } from "./svd";
import { type FeatureDocument, fitTfidf, transformTfidf } from "./tfidf";
import type { ClusterOptions, ClusterResult, ClusterSummary } from "./types";

/** Documents that learn the feature space and the centroids; the rest are assigned to them. */
const FIT_LIMIT = 10_000;
/** Documents transformed at a time while assigning the rest, to bound memory. */
const CHUNK = 4096;
/** LSA dimensions: 100 measured as good as 150 on 3,000 messages; fewer when the fit set is large. */
const DIMS = 100;
const DIMS_LARGE = 64;
/** Features kept per exported centroid. */
const CENTROID_FEATURES = 200;
const REPRESENTATIVE_CANDIDATES = 12;

export class ClusterInputError extends Error {}

/**
 * Centroids of the fit set: k-means with restarts, then neighbourhood smoothing (+0.01 NMI on both
 * languages) and k-means again on the smoothed points.
 */
function fitCentroids(x: Float32Array, n: number, dims: number, k: number, seed: number): KMeansResult {
  const large = n > 5000;
  const first = sphericalKMeans(x, n, dims, k, { seed, restarts: large ? 1 : 4, maxIterations: 60 });
  if (k < 2) return first;
  const smoothed = smoothByNeighbours(x, n, dims, first.centroids, k, first.assignments, {
    neighbours: 10,
    weight: 1,
    clusters: 3,
  });
  // Restarting from new seeds measured a little better than continuing from the first clusters;
  // on large fit sets continuing is what time allows.
  return large
    ? lloyd(smoothed, n, dims, k, centroidsOf(smoothed, n, dims, k, first.assignments), 60)
    : sphericalKMeans(smoothed, n, dims, k, { seed: seed + 1, restarts: 4, maxIterations: 60 });
}

/** Unit mean of each cluster's rows. */
function centroidsOf(
  x: Float32Array,
  n: number,
  dims: number,
  k: number,
  assignments: Int32Array,
): Float32Array {
  const sums = new Float64Array(k * dims);
  for (let i = 0; i < n; i++) {
    const o = (assignments[i] as number) * dims;
    for (let j = 0; j < dims; j++) sums[o + j] = (sums[o + j] as number) + (x[i * dims + j] as number);
  }
  const out = new Float32Array(k * dims);
  for (let c = 0; c < k; c++) {
    let norm = 0;
    for (let j = 0; j < dims; j++) norm += (sums[c * dims + j] as number) ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let j = 0; j < dims; j++) out[c * dims + j] = (sums[c * dims + j] as number) / norm;
  }
  return out;
}

export function clusterDocuments(
  docs: ReadonlyArray<{ text: string; lang?: string | undefined }>,
  options: ClusterOptions = {},
): ClusterResult {
  const seed = options.seed ?? 1;
  const progress = options.onProgress ?? (() => {});
  const n = docs.length;
  const fitIndexes = sampleIndexes(n, FIT_LIMIT, createRandom(seed + 17));
  progress("features", 0, n);
  const { vocabulary, matrix: fitMatrix } = fitTfidf(
    Array.from(fitIndexes, (i) => docs[i] as FeatureDocument),
    DEFAULT_FEATURES,
  );
  progress("projection", 0, 1);
  const projection = fitProjection(fitMatrix, fitIndexes.length > 5000 ? DIMS_LARGE : DIMS, seed);
  const dims = projection.dims;
  const fitX = project(fitMatrix, projection);
  const live: number[] = [];
  for (let i = 0; i < fitIndexes.length; i++)
    if (fitMatrix.indptr[i + 1] !== fitMatrix.indptr[i]) live.push(i);
  const liveX = new Float32Array(live.length * dims);
  live.forEach((row, i) => {
    liveX.set(fitX.subarray(row * dims, row * dims + dims), i * dims);
  });

  if (options.k !== undefined && (!Number.isInteger(options.k) || options.k < 1)) {
    throw new ClusterInputError(`k must be a positive integer, got ${options.k}`);
  }
  if (options.k !== undefined && options.k > live.length) {
    throw new ClusterInputError(
      `cannot make ${options.k} clusters: only ${live.length} documents have words to cluster`,
    );
  }
  const k =
    options.k ??
    (live.length === 0
      ? 0
      : chooseK(liveX, live.length, dims, { seed, onProgress: (d, t) => progress("choose-k", d, t) }));
  const result: ClusterResult = {
    k,
    fitted: fitIndexes.length,
    assignments: new Int32Array(n).fill(-1),
    clusters: [],
    idf: new Map(),
    outliers: n,
  };
  if (k === 0) return result;
  progress("kmeans", 0, 1);
  const km = fitCentroids(liveX, live.length, dims, k, seed);
  progress("kmeans", 1, 1);

  const { assignments } = result;
  const similarity = new Float32Array(n);
  const sums = new Float64Array(k * vocabulary.terms.length);
  const terms = createTermCounter(k);
  const accumulate = (m: Csr, row: number, doc: number) => {
    const c = assignments[doc] as number;
    if (c < 0) return;
    const o = c * m.cols;
    for (let p = m.indptr[row] as number; p < (m.indptr[row + 1] as number); p++) {
      sums[o + (m.indices[p] as number)] =
        (sums[o + (m.indices[p] as number)] as number) + (m.values[p] as number);
    }
  };
  live.forEach((row, i) => {
    const doc = fitIndexes[row] as number;
    assignments[doc] = km.assignments[i] as number;
    let s = 0;
    for (let j = 0; j < dims; j++)
      s +=
        (liveX[i * dims + j] as number) * (km.centroids[(km.assignments[i] as number) * dims + j] as number);
    similarity[doc] = s;
  });
  for (let row = 0; row < fitIndexes.length; row++) accumulate(fitMatrix, row, fitIndexes[row] as number);
  // Labels come from the fit set: a sample of up to FIT_LIMIT documents names clusters as well as
  // all of them would, and word analysis is the slow part.
  const corpus = buildCorpusStats(Array.from(fitIndexes, (i) => (docs[i] as FeatureDocument).text));
  for (const i of fitIndexes) {
    const c = assignments[i] as number;
    const doc = docs[i] as FeatureDocument;
    if (c >= 0)
      countTerms(terms, c, analyzeText(doc.text, doc.lang ? { lang: doc.lang, corpus } : { corpus }).tokens);
  }
  if (fitIndexes.length < n) {
    const inFit = new Uint8Array(n);
    for (const i of fitIndexes) inFit[i] = 1;
    const rest: number[] = [];
    for (let i = 0; i < n; i++) if (!inFit[i]) rest.push(i);
    const groups = groupCentroids(km.centroids, k, dims, seed);
    for (let start = 0; start < rest.length; start += CHUNK) {
      progress("assign", start, rest.length);
      const chunk = rest.slice(start, start + CHUNK);
      const m = transformTfidf(
        chunk.map((i) => docs[i] as FeatureDocument),
        vocabulary,
      );
      const x = project(m, projection);
      const a = new Int32Array(chunk.length);
      const s = new Float32Array(chunk.length);
      if (groups) assignRowsGrouped(x, chunk.length, dims, km.centroids, groups, a, s);
      else assignRows(x, chunk.length, dims, km.centroids, k, a, s);
      chunk.forEach((doc, i) => {
        assignments[doc] = a[i] as number;
        similarity[doc] = s[i] as number;
        accumulate(m, i, doc);
      });
    }
    progress("assign", rest.length, rest.length);
  }

  progress("labels", 0, k);
  const members: number[][] = Array.from({ length: k }, () => []);
  for (let i = 0; i < n; i++) if ((assignments[i] as number) >= 0) members[assignments[i] as number]?.push(i);
  const keywords = clusterKeywords(terms);
  result.outliers = 0;
  for (let i = 0; i < n; i++) if (assignments[i] === -1) result.outliers++;
  for (let c = 0; c < k; c++) {
    const list = members[c] as number[];
    const centroid = topFeatures(sums, c, vocabulary.terms, list.length);
    for (const [feature] of centroid) {
      result.idf.set(feature, vocabulary.idf[vocabulary.columns.get(feature) as number] as number);
    }
    const representatives = pickRepresentatives(list, similarity, docs);
    const words = keywords[c] ?? [];
    const summary: ClusterSummary = {
      label: labelFromKeywords(words),
      keywords: words,
      size: list.length,
      representatives,
      lang: clusterLanguage(list, representatives, docs),
      centroid,
    };
    result.clusters.push(summary);
  }
  progress("labels", k, k);
  return result;
}

/** The strongest features of a cluster's mean TF-IDF row. */
function topFeatures(sums: Float64Array, c: number, terms: string[], size: number): Array<[string, number]> {
  const cols = terms.length;
  const order: number[] = [];
  for (let f = 0; f < cols; f++) if ((sums[c * cols + f] as number) > 0) order.push(f);
  order.sort((a, b) => (sums[c * cols + b] as number) - (sums[c * cols + a] as number) || a - b);
  return order
    .slice(0, CENTROID_FEATURES)
    .map((f) => [
      terms[f] as string,
      Math.round(((sums[c * cols + f] as number) / Math.max(1, size)) * 1e6) / 1e6,
    ]);
}

/** The members closest to the centroid, one per distinct normalized text, best first. */
function pickRepresentatives(
  list: number[],
  similarity: Float32Array,
  docs: ReadonlyArray<{ text: string }>,
): number[] {
  const candidates = [...list]
    .sort((a, b) => (similarity[b] as number) - (similarity[a] as number) || a - b)
    .slice(0, REPRESENTATIVE_CANDIDATES * 4);
  const seen = new Set<string>();
  const out: number[] = [];
  for (const i of candidates) {
    const key = normalizeText((docs[i] as { text: string }).text)
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(i);
    if (out.length === 3) break;
  }
  return out;
}

/** The language most members declare; when none declares one, detected from the closest members. */
function clusterLanguage(
  list: number[],
  representatives: number[],
  docs: ReadonlyArray<{ text: string; lang?: string | undefined }>,
): string | undefined {
  const votes = new Map<string, number>();
  for (const i of list) {
    const lang = docs[i]?.lang;
    if (lang) votes.set(lang, (votes.get(lang) ?? 0) + 1);
  }
  let best: string | undefined;
  let bestVotes = 0;
  for (const [lang, v] of votes) {
    if (v > bestVotes || (v === bestVotes && best !== undefined && lang < best)) {
      best = lang;
      bestVotes = v;
    }
  }
  if (best) return best;
  return detectLanguage(representatives.map((i) => docs[i]?.text ?? "").join("\n"));
}
