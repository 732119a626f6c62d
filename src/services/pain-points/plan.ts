import type { PainPointChange } from "../../db/schema/pain-point-lineage";
import { DEFAULT_MATCH_OPTIONS, matchRuns, type RunMatch, type RunMatchOptions } from "./match-runs";
import { normalize, type SparseVector } from "./sparse";

export interface PreviousState {
  id: string;
  centroid: SparseVector | null;
  clusteredSize: number;
}

export interface NewCluster {
  label: string;
  keywords: string[];
  lang: string | undefined;
  centroid: SparseVector;
  /** Indexes of the items quoted for this cluster, best first. */
  representatives: readonly number[];
}

export interface PlanInput {
  previous: readonly PreviousState[];
  /** Feedback ids of the clustered items, and per item the index of its pain point now, or -1. */
  itemIds: readonly string[];
  previousOf: Int32Array;
  clusters: readonly NewCluster[];
  /** Per item: its new cluster, or -1 for an outlier. */
  assignments: Int32Array;
  newId: () => string;
  options?: RunMatchOptions;
}

export interface PainPointWrite {
  id: string;
  isNew: boolean;
  label: string;
  keywords: string[];
  lang: string | null;
  size: number;
  representativeIds: string[];
  centroid: Array<[string, number]>;
}

export interface LineageWrite {
  painPointId: string;
  change: PainPointChange;
  size: number;
  previousSize: number | null;
  relatedIds: string[];
}

export interface SwitchOverPlan {
  match: RunMatch;
  /** Per new cluster, in cluster order. */
  painPoints: PainPointWrite[];
  retired: Array<{ id: string; mergedInto: string | null }>;
  lineage: LineageWrite[];
  /** Only the items whose pain point changes: feedback id and its new pain point (null: outlier). */
  reassigned: { ids: string[]; painPointIds: Array<string | null> };
  outliers: number;
  /** Merge and split events by pain point id (a merge lists the one that kept its id first). */
  merges: Array<{ into: string; from: string[] }>;
  splits: Array<{ from: string; into: string[] }>;
}

/** Everything the switch-over writes, decided from the old state and the new clustering. */
export function planSwitchOver(input: PlanInput): SwitchOverPlan {
  const match = matchRuns(
    {
      previous: input.previous,
      next: input.clusters,
      previousOf: input.previousOf,
      nextOf: input.assignments,
    },
    input.options ?? DEFAULT_MATCH_OPTIONS,
  );
  const previousId = (p: number) => (input.previous[p] as PreviousState).id;
  const painPoints: PainPointWrite[] = input.clusters.map((cluster, n) => {
    const keeps = match.identity[n] as number;
    return {
      id: keeps >= 0 ? previousId(keeps) : input.newId(),
      isNew: keeps < 0,
      label: cluster.label,
      keywords: cluster.keywords,
      lang: cluster.lang ?? null,
      size: match.size[n] as number,
      representativeIds: cluster.representatives.map((i) => input.itemIds[i] as string),
      centroid: normalize(cluster.centroid),
    };
  });
  const idOf = (n: number) => (painPoints[n] as PainPointWrite).id;
  const retired = match.retired.map(({ previous, mergedInto }) => ({
    id: previousId(previous),
    mergedInto: mergedInto >= 0 ? idOf(mergedInto) : null,
  }));
  const lineage: LineageWrite[] = painPoints.map((pp, n) => {
    const keeps = match.identity[n] as number;
    return {
      painPointId: pp.id,
      change: match.change[n] as PainPointChange,
      size: pp.size,
      previousSize: keeps >= 0 ? (input.previous[keeps] as PreviousState).clusteredSize : null,
      relatedIds: (match.related[n] as number[]).map(previousId),
    };
  });
  for (const r of match.retired) {
    const old = input.previous[r.previous] as PreviousState;
    lineage.push({
      painPointId: old.id,
      change: "retired",
      size: 0,
      previousSize: old.clusteredSize,
      relatedIds: r.mergedInto >= 0 ? [idOf(r.mergedInto)] : [],
    });
  }
  const ids: string[] = [];
  const painPointIds: Array<string | null> = [];
  let outliers = 0;
  for (let i = 0; i < input.itemIds.length; i++) {
    const n = input.assignments[i] as number;
    const p = input.previousOf[i] as number;
    if (n < 0) outliers++;
    const next = n >= 0 ? idOf(n) : null;
    const before = p >= 0 ? previousId(p) : null;
    if (next === before) continue;
    ids.push(input.itemIds[i] as string);
    painPointIds.push(next);
  }
  const merges = match.merges.map((m) => ({ into: idOf(m.into), from: m.from.map(previousId) }));
  const splits = match.splits.map((s) => ({ from: previousId(s.from), into: s.into.map(idOf) }));
  return { match, painPoints, retired, lineage, reassigned: { ids, painPointIds }, outliers, merges, splits };
}
