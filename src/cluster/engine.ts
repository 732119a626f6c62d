import { plural } from "../lib/plural";
import { analyzeText, buildCorpusStats } from "../text/analyze";
import { assignRows, assignRowsGrouped, groupCentroids } from "./assign";
import { chooseK } from "./choose-k";
import type { Csr } from "./csr";
import { dot } from "./dense";
import { clusterLanguage, pickRepresentatives, topFeatures } from "./describe";
import { applyWeights, topicWeights } from "./feature-weights";
import { DEFAULT_FEATURES } from "./features";
import { fitCentroids } from "./fit";
import { clusterKeywords, countTerms, createTermCounter, labelFromKeywords } from "./labels";
import { clusterScripts, moveToOwnScript } from "./own-script";
import { createRandom, sampleIndexes } from "./random";
import { refineClusters } from "./refine";
import { fitProjection, type Projection, project } from "./svd";
import { type FeatureDocument, fitTfidf, transformTfidf } from "./tfidf";
import type { ClusterOptions, ClusterResult, ClusterSummary } from "./types";

/**
 * Documents that learn the feature space and the centroids; the rest are assigned to them. 6,000
 * against 8,000: 90,000 English and Arabic messages at k 200 take 0.7 s (12%) less for NMI 0.5713
 * against 0.5721; two 20,000-message mixes at k 77, 0.55 s less for 0.5300 / 0.5325 against
 * 0.5326 / 0.5372. The fit set's cost (k-means, refinement, projection) is most of a large run's.
 */
export const FIT_LIMIT = 6_000;
/** Documents transformed at a time while assigning the rest, to bound memory. */
const CHUNK = 4096;
/** LSA dimensions: 100 measured as good as 150 on 3,000 messages; fewer when the fit set is large. */
const DIMS = 100;
const DIMS_LARGE = 64;

export class ClusterInputError extends Error {}

/**
 * Clusters documents in one feature space: TF-IDF and LSA learned on up to `fitLimit` of them
 * (a seeded sample), the rest assigned to the centroids. `clusterDocuments` (by-script.ts) calls it
 * once per script.
 */
export function clusterInOneSpace(
  docs: ReadonlyArray<{ text: string; lang?: string | undefined }>,
  options: ClusterOptions = {},
  fitLimit = FIT_LIMIT,
  /** Each document's script, when the space holds more than one (own-script.ts). */
  scripts?: ReadonlyArray<string | undefined>,
): ClusterResult {
  const seed = options.seed ?? 1;
  const progress = options.onProgress ?? (() => {});
  const n = docs.length;
  const fitIndexes = sampleIndexes(n, fitLimit, createRandom(seed + 17));
  progress("features", 0, n);
  // The fit set's word counts: evidence for Arabic and Hebrew prefixes, in features and labels.
  const corpus = buildCorpusStats(Array.from(fitIndexes, (i) => (docs[i] as FeatureDocument).text));
  const { vocabulary, matrix: fitMatrix } = fitTfidf(
    Array.from(fitIndexes, (i) => docs[i] as FeatureDocument),
    DEFAULT_FEATURES,
    { corpus },
  );
  progress("projection", 0, 1);
  // A large input (its fit set large, or a sample of it) takes the cheaper settings: the rest of
  // it will be assigned to centroids anyway, and time must grow linearly.
  const large = fitIndexes.length > 5000 || fitIndexes.length < n;
  const live: number[] = [];
  for (let i = 0; i < fitIndexes.length; i++)
    if (fitMatrix.indptr[i + 1] !== fitMatrix.indptr[i]) live.push(i);
  let { projection, liveX } = projectLive(fitMatrix, live, large ? DIMS_LARGE : DIMS, seed);
  const dims = projection.dims;

  // clusterDocuments has checked that a given k is a positive integer.
  if (options.k !== undefined && options.k > live.length) {
    throw new ClusterInputError(
      `cannot make ${options.k} clusters: only ${plural(live.length, "document has", "documents have")} words to cluster`,
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
  // Earlier groups, when the documents had any (a script new since the last run had none: its
  // clusters are drawn afresh).
  const earlier =
    options.warmStart &&
    numberGroups(live.map((row) => options.warmStart?.[fitIndexes[row] as number] ?? -1));
  const warm = earlier?.some((group) => group >= 0) ? earlier : undefined;
  // Features are weighted by how well they tell groups apart (feature-weights.ts): an earlier
  // run's groups on a warm start, else those of a first k-means, which the final one starts from.
  const groups =
    warm ?? (k >= 2 ? fitCentroids(liveX, live.length, dims, k, seed, { large }).assignments : undefined);
  const weights = groups && topicWeights(fitMatrix, live, groups);
  if (weights) {
    applyWeights(vocabulary, fitMatrix, weights);
    ({ projection, liveX } = projectLive(fitMatrix, live, dims, seed));
  }
  const drawn = fitCentroids(liveX, live.length, dims, k, seed, { warmGroups: groups, large });
  // The clusters refined on all the features (refine.ts). A warm start keeps the earlier run's
  // groups, which that run refined, and only settles them: a row moves when the clusters, learned
  // from all their members, want it elsewhere; new rows start where k-means puts them.
  const km = refineClusters(
    fitMatrix,
    live,
    liveX,
    dims,
    k,
    warm
      ? { ...drawn, assignments: drawn.assignments.map((a, i) => keptGroup(warm[i] as number, k) ?? a) }
      : drawn,
    { seed: seed + 29, large, settleOnly: warm !== undefined },
  );
  progress("kmeans", 1, 1);
  const liveScripts = scripts && live.map((row) => scripts[fitIndexes[row] as number]);
  const owners = liveScripts && clusterScripts(liveScripts, km.assignments, k);
  if (owners && liveScripts) {
    moveToOwnScript(
      liveX,
      live.length,
      dims,
      km.centroids,
      owners,
      (i) => liveScripts[i],
      km.assignments,
      new Float32Array(live.length),
    );
  }

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
    similarity[doc] = dot(liveX, i * dims, km.centroids, (km.assignments[i] as number) * dims, dims);
  });
  for (let row = 0; row < fitIndexes.length; row++) accumulate(fitMatrix, row, fitIndexes[row] as number);
  // Labels come from the fit set: a sample of up to fitLimit documents names clusters as well as
  // all of them would, and word analysis is the slow part.
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
    const centroidGroups = groupCentroids(km.centroids, k, dims, seed);
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
      if (centroidGroups) assignRowsGrouped(x, chunk.length, dims, km.centroids, centroidGroups, a, s);
      else assignRows(x, chunk.length, dims, km.centroids, k, a, s);
      if (owners && scripts) {
        moveToOwnScript(
          x,
          chunk.length,
          dims,
          km.centroids,
          owners,
          (i) => scripts[chunk[i] as number],
          a,
          s,
        );
      }
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

/** The LSA projection learned on the fit set, and its live rows projected (unit rows). */
function projectLive(
  m: Csr,
  live: readonly number[],
  dims: number,
  seed: number,
): { projection: Projection; liveX: Float32Array } {
  const projection = fitProjection(m, dims, seed);
  const fitX = project(m, projection);
  const d = projection.dims;
  const liveX = new Float32Array(live.length * d);
  live.forEach((row, i) => {
    liveX.set(fitX.subarray(row * d, row * d + d), i * d);
  });
  return { projection, liveX };
}

/** An earlier group that has a cluster of its number in this run (groups beyond k have none). */
function keptGroup(group: number, k: number): number | undefined {
  return group >= 0 && group < k ? group : undefined;
}

/** Earlier groups renumbered 0.. by size, largest first (a cluster of one kept its place too). */
function numberGroups(groupOf: readonly number[]): Int32Array {
  const sizes = new Map<number, number>();
  for (const g of groupOf) if (g >= 0) sizes.set(g, (sizes.get(g) ?? 0) + 1);
  const order = [...sizes].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([g]) => g);
  const number = new Map(order.map((g, i) => [g, i]));
  return Int32Array.from(groupOf, (g) => number.get(g) ?? -1);
}
