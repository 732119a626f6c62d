import type { PainPointChange } from "../../db/schema/pain-point-lineage";
import { maxWeightMatching } from "./hungarian";
import { cosine, type SparseVector } from "./sparse";

export interface PreviousPainPoint {
  centroid: SparseVector | null;
  /** Members at the last run: the base for grown and shrunk. */
  clusteredSize: number;
}

export interface RunMatchInput {
  previous: readonly PreviousPainPoint[];
  next: readonly { centroid: SparseVector }[];
  /** Per feedback item: the index in `previous` of its pain point now, or -1. */
  previousOf: Int32Array;
  /** Per feedback item (same order): the index in `next` of its new cluster, or -1 for an outlier. */
  nextOf: Int32Array;
}

export interface RunMatchOptions {
  /** Weight of centroid similarity in the match score; the rest is membership overlap (Ochiai). */
  centroidWeight: number;
  /** Least score for a new cluster to take over an old pain point's id. */
  matchThreshold: number;
  /** A retired pain point merged into a cluster that got more than this share of its members. */
  mergeShare: number;
  /** A split part takes at least this share of the old pain point's members... */
  splitShare: number;
  /** ...and at least this share of the part's members come from that pain point. */
  splitPurity: number;
  /** Fewer shared members than this are noise, not a merge or a split. */
  minShared: number;
  /** A size change of at least this share of the old size (and at least 1) is grown or shrunk. */
  sizeChange: number;
}

export const DEFAULT_MATCH_OPTIONS: RunMatchOptions = {
  centroidWeight: 0.5,
  matchThreshold: 0.35,
  mergeShare: 0.5,
  splitShare: 0.2,
  splitPurity: 0.5,
  minShared: 2,
  sizeChange: 0.1,
};

export interface RunMatch {
  /** Per new cluster: the index of the old pain point whose id it keeps, or -1 for a new id. */
  identity: Int32Array;
  /** Per new cluster: what happened to it since the last run. */
  change: Array<Exclude<PainPointChange, "retired">>;
  /**
   * Per new cluster: merged: old pain points it absorbed; split: the one it split from; new: the
   * old pain point whose members it took, if one did.
   */
  related: number[][];
  /** Per new cluster: its size now. */
  size: Int32Array;
  /** Old pain points without a successor; `mergedInto` is a new cluster index, or -1. */
  retired: Array<{ previous: number; mergedInto: number }>;
  merges: Array<{ into: number; from: number[] }>;
  splits: Array<{ from: number; into: number[] }>;
  /** Per new cluster and old pain point, row-major next × previous: the match score. */
  scores: Float64Array;
}

/**
 * Decides which new clusters continue which old pain points (maximum-weight matching on a score
 * of centroid similarity and shared members), then classifies every change: new, unchanged, grown,
 * shrunk, merged (absorbed retired pain points), split (a new part of an old pain point), retired.
 */
export function matchRuns(input: RunMatchInput, options: RunMatchOptions = DEFAULT_MATCH_OPTIONS): RunMatch {
  const P = input.previous.length;
  const N = input.next.length;
  // shared[n * (P + 1) + p]: items in new cluster n that were in old pain point p (column P: in none).
  const shared = new Int32Array(N * (P + 1));
  const previousTotal = new Int32Array(P);
  const size = new Int32Array(N);
  for (let i = 0; i < input.nextOf.length; i++) {
    const n = input.nextOf[i] as number;
    const p = input.previousOf[i] as number;
    if (p >= 0) previousTotal[p] = (previousTotal[p] as number) + 1;
    if (n < 0) continue;
    size[n] = (size[n] as number) + 1;
    const cell = n * (P + 1) + (p >= 0 ? p : P);
    shared[cell] = (shared[cell] as number) + 1;
  }
  const sharedOf = (n: number, p: number) => shared[n * (P + 1) + p] as number;

  const scores = new Float64Array(N * P);
  for (let n = 0; n < N; n++) {
    for (let p = 0; p < P; p++) {
      const old = input.previous[p] as PreviousPainPoint;
      const centroidSim = old.centroid
        ? cosine(old.centroid, (input.next[n] as { centroid: SparseVector }).centroid)
        : 0;
      const rows = previousTotal[p] as number;
      const cols = size[n] as number;
      const overlap = rows > 0 && cols > 0 ? sharedOf(n, p) / Math.sqrt(rows * cols) : 0;
      scores[n * P + p] =
        rows > 0
          ? options.centroidWeight * centroidSim + (1 - options.centroidWeight) * overlap
          : centroidSim;
    }
  }
  const identity = maxWeightMatching(scores, N, P, options.matchThreshold);
  const matched = new Uint8Array(P);
  for (const p of identity) if (p >= 0) matched[p] = 1;

  // Merges: an unmatched old pain point whose majority moved into one new cluster.
  const absorbed: number[][] = Array.from({ length: N }, () => []);
  const retired: RunMatch["retired"] = [];
  for (let p = 0; p < P; p++) {
    if (matched[p]) continue;
    let mergedInto = -1;
    const total = previousTotal[p] as number;
    for (let n = 0; n < N && total > 0; n++) {
      const s = sharedOf(n, p);
      if (s >= options.minShared && s > options.mergeShare * total) mergedInto = n;
    }
    if (mergedInto >= 0) absorbed[mergedInto]?.push(p);
    retired.push({ previous: p, mergedInto });
  }
  // A merge joins two or more old pain points; one whose members all went to a cluster that did not
  // resemble it enough to keep its id was renamed, not merged: that cluster is new, related to it.
  const isMerge = (n: number) => (absorbed[n] as number[]).length >= ((identity[n] as number) >= 0 ? 1 : 2);
  const merges: RunMatch["merges"] = [];
  for (let n = 0; n < N; n++) {
    if (!isMerge(n)) continue;
    const keeps = identity[n] as number;
    const from = absorbed[n] as number[];
    merges.push({ into: n, from: keeps >= 0 ? [keeps, ...from] : [...from] });
  }

  // Splits: an old pain point that several new clusters each draw a real part of, and mostly from it.
  const splits: RunMatch["splits"] = [];
  const splitFrom = new Int32Array(N).fill(-1);
  for (let p = 0; p < P; p++) {
    const total = previousTotal[p] as number;
    const into: number[] = [];
    for (let n = 0; n < N && total > 0; n++) {
      const s = sharedOf(n, p);
      if (
        s >= options.minShared &&
        s >= options.splitShare * total &&
        s >= options.splitPurity * (size[n] as number)
      )
        into.push(n);
    }
    if (into.length < 2) continue;
    splits.push({ from: p, into });
    for (const n of into) if (identity[n] === -1) splitFrom[n] = p;
  }

  const change: RunMatch["change"] = [];
  const related: number[][] = [];
  for (let n = 0; n < N; n++) {
    const keeps = identity[n] as number;
    const from = absorbed[n] as number[];
    if (isMerge(n)) {
      change.push("merged");
      related.push(from);
    } else if (keeps < 0 && from.length === 1) {
      change.push("new");
      related.push(from);
    } else if (keeps < 0) {
      const parent = splitFrom[n] as number;
      change.push(parent >= 0 ? "split" : "new");
      related.push(parent >= 0 ? [parent] : []);
    } else {
      const before = (input.previous[keeps] as PreviousPainPoint).clusteredSize;
      const delta = (size[n] as number) - before;
      const step = Math.max(1, options.sizeChange * before);
      change.push(delta >= step ? "grown" : delta <= -step ? "shrunk" : "unchanged");
      related.push([]);
    }
  }
  return { identity, change, related, size, retired, merges, splits, scores };
}
