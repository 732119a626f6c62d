import { dominantScript } from "../text/detect-language";
import { contentOrder, inInputOrder } from "./content-order";
import { ClusterInputError, clusterInOneSpace, FIT_LIMIT } from "./engine";
import type { FeatureDocument as Doc } from "./tfidf";
import type { ClusterOptions, ClusterResult } from "./types";

/**
 * A script needs this many documents to get a feature space of its own; fewer share one with the
 * other small scripts (and, if still too few, with the largest script). It was 100 while the
 * automatic choice of k could not handle a few dozen messages (36 Hebrew messages on 3 topics came
 * out as 2 clusters alone); since chooseK's smoothing window is symmetric at the ends of its grid
 * they come out as 3, and a space of their own does better than a share of the largest one's
 * (measured below, at shareOut). In a shared space a message stays in a cluster of its own script
 * when its script has one (own-script.ts).
 */
const MIN_SCRIPT_DOCS = 30;
/** The least fit set of one script when the fit budget is shared out. */
const MIN_FIT = 2_000;

/**
 * Clusters short multilingual messages. Messages in different scripts never share a cluster (no
 * word of one is a word of the other), so each script with enough messages is clustered in a
 * feature space of its own: in one shared space the few dimensions LSA keeps go to the majority,
 * and a minority's messages lose their topics (measured: 150 Arabic messages among 2,850 English
 * ones came out as 5 clusters, NMI 0.39 on their intents, all together in one space). Given k is
 * shared out by the square root of the scripts' sizes; without k each script chooses its own.
 */
export function clusterDocuments(docs: ReadonlyArray<Doc>, options: ClusterOptions = {}): ClusterResult {
  if (options.k !== undefined && (!Number.isInteger(options.k) || options.k < 1)) {
    throw new ClusterInputError(`k must be a positive integer, got ${options.k}`);
  }
  // The same messages in any order give the same clusters (content-order.ts).
  const order = contentOrder(docs, options.warmStart);
  const warmStart = options.warmStart && Int32Array.from(order, (i) => options.warmStart?.[i] ?? -1);
  const result = clusterByScript(
    Array.from(order, (i) => docs[i] as Doc),
    warmStart ? { ...options, warmStart } : options,
  );
  return inInputOrder(result, order);
}

function clusterByScript(docs: ReadonlyArray<Doc>, options: ClusterOptions): ClusterResult {
  const scripts = docs.map((doc) => dominantScript(doc.text));
  const groups = groupByScript(scripts);
  if (groups.length < 2 || (options.k !== undefined && options.k < groups.length)) {
    return clusterInOneSpace(docs, options, FIT_LIMIT, mixedScripts(scripts));
  }
  // Given k goes by the square root of the scripts' sizes (topicShare); on a warm start by how many
  // groups each script had, so that a kept k keeps each script's own number of clusters.
  const earlier = options.warmStart
    ? groups.map((members) => earlierGroups(members, options.warmStart as Int32Array))
    : undefined;
  // A kept k is for the scripts that had groups; a script new since then chooses its own (weight 0).
  const keptFor = options.keptK === true && earlier?.some((e) => e > 0) === true;
  const choosing = groups.map((_, g) => keptFor && earlier?.[g] === 0);
  const weights = groups.map((members, g) => {
    if (choosing[g]) return 0;
    return earlier ? Math.max(1, earlier[g] as number) : topicShare(members.length);
  });
  const ks = options.k === undefined ? undefined : shareOut(options.k, weights);
  // Each script's warm start is its own members' groups (or none), never the whole batch's.
  const { k: _given, warmStart: _all, ...shared } = options;
  try {
    const parts = groups.map((members, g) => {
      const fitLimit = Math.max(MIN_FIT, Math.round((FIT_LIMIT * members.length) / docs.length));
      const partOptions: ClusterOptions = {
        ...shared,
        ...(ks && !choosing[g] ? { k: ks[g] as number } : {}),
        // A script with no earlier groups starts afresh (clusterInOneSpace: no group, no warm start).
        ...(options.warmStart
          ? { warmStart: Int32Array.from(members, (i) => options.warmStart?.[i] ?? -1) }
          : {}),
      };
      return clusterInOneSpace(
        members.map((i) => docs[i] as Doc),
        partOptions,
        fitLimit,
        mixedScripts(members.map((i) => scripts[i])),
      );
    });
    return combine(parts, groups, docs.length);
  } catch (error) {
    // A script whose share of k exceeds its clusterable messages: one space for all, as asked.
    if (error instanceof ClusterInputError && ks) {
      return clusterInOneSpace(docs, options, FIT_LIMIT, mixedScripts(scripts));
    }
    throw error;
  }
}

/** How many earlier groups the members had. */
function earlierGroups(members: readonly number[], warmStart: Int32Array): number {
  const groups = new Set<number>();
  for (const i of members) if ((warmStart[i] ?? -1) >= 0) groups.add(warmStart[i] as number);
  return groups.size;
}

/** Document indexes by script, largest first; scripts with too few documents pooled. */
export function scriptGroups(docs: ReadonlyArray<Doc>): number[][] {
  return groupByScript(docs.map((doc) => dominantScript(doc.text)));
}

/** The scripts of a space's documents when it holds more than one, else undefined. */
function mixedScripts(
  scripts: ReadonlyArray<string | undefined>,
): ReadonlyArray<string | undefined> | undefined {
  const first = scripts.find((s) => s !== undefined);
  return scripts.some((s) => s !== undefined && s !== first) ? scripts : undefined;
}

function groupByScript(scripts: ReadonlyArray<string | undefined>): number[][] {
  const byScript = new Map<string, number[]>();
  scripts.forEach((found, i) => {
    const script = found ?? "none";
    const list = byScript.get(script) ?? [];
    list.push(i);
    byScript.set(script, list);
  });
  const groups: number[][] = [];
  const pooled: number[] = [];
  for (const [script, members] of byScript) {
    if (members.length >= MIN_SCRIPT_DOCS && script !== "none") groups.push(members);
    else pooled.push(...members);
  }
  groups.sort((a, b) => b.length - a.length);
  if (pooled.length >= MIN_SCRIPT_DOCS || groups.length === 0) groups.push(pooled);
  else if (pooled.length > 0) (groups[0] as number[]).push(...pooled);
  for (const group of groups) group.sort((a, b) => a - b);
  return groups.filter((group) => group.length > 0);
}

/**
 * How much of a given k a script of n messages gets. The number of topics grows more slowly than the
 * number of messages: a language with a tenth of the messages still brings its own handful of
 * problems, and a share in proportion to size left it one or two clusters for all of them. Twelve
 * mixes of 800 English messages (13 to 16 intents) with 30 to 90 Arabic ones (3 to 6 intents), k the
 * number of intents: the Arabic messages' NMI on their intents 0.39 with the share by size (pooled
 * below 100 messages), 0.27 by size with a space of their own from 30, 0.75 by square root with a
 * space of their own; NMI of the whole 0.802, 0.796, 0.815. With 150 to 300 Arabic messages on 4
 * to 8 intents: Arabic 0.712 → 0.728, the whole 0.812 → 0.802 (English gave up clusters). Equal
 * sizes share equally either way.
 */
export function topicShare(n: number): number {
  return Math.sqrt(n);
}

/**
 * k shared out in proportion to the weights (largest remainder), at least one each; a weight of 0
 * gets nothing (a script that chooses its own k).
 */
export function shareOut(k: number, weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (k * w) / total);
  const out = exact.map((e, i) => ((weights[i] as number) > 0 ? Math.max(1, Math.floor(e)) : 0));
  let left = k - out.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((e, i) => [e - Math.floor(e), i] as const)
    .filter(([, i]) => (weights[i] as number) > 0)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of byRemainder) {
    if (left <= 0) break;
    out[i] = (out[i] as number) + 1;
    left--;
  }
  // The floor of one may have given more than k: take back from the largest shares.
  while (left < 0) {
    const largest = out.indexOf(Math.max(...out));
    out[largest] = (out[largest] as number) - 1;
    left++;
  }
  return out;
}

/** One result from the per-script ones: cluster numbers offset, document indexes mapped back. */
function combine(parts: readonly ClusterResult[], groups: readonly number[][], n: number): ClusterResult {
  const result: ClusterResult = {
    k: 0,
    assignments: new Int32Array(n).fill(-1),
    clusters: [],
    idf: new Map(),
    fitted: 0,
    outliers: 0,
  };
  parts.forEach((part, g) => {
    const members = groups[g] as number[];
    members.forEach((doc, local) => {
      const c = part.assignments[local] as number;
      result.assignments[doc] = c < 0 ? -1 : c + result.k;
    });
    for (const cluster of part.clusters) {
      result.clusters.push({
        ...cluster,
        representatives: cluster.representatives.map((local) => members[local] as number),
      });
    }
    for (const [feature, weight] of part.idf) if (!result.idf.has(feature)) result.idf.set(feature, weight);
    result.k += part.k;
    result.fitted += part.fitted;
    result.outliers += part.outliers;
  });
  return result;
}
