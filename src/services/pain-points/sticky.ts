import { cosine, type SparseVector } from "./sparse";

export interface StickyInput {
  /** Per item: its new cluster, or -1 (an outlier stays one). */
  assignments: Int32Array;
  /** Per item: index of its old pain point, or -1. */
  previousOf: Int32Array;
  /** Per old pain point: the new cluster that keeps its id, or -1. */
  successorOf: Int32Array;
  centroids: readonly SparseVector[];
  /** The item's vector, computed only for the items that would move. */
  vectorOf: (item: number) => SparseVector;
  /** How much closer the new cluster must be before an item leaves its pain point. */
  margin: number;
}

/**
 * Hysteresis for re-clustering: an item moves out of a pain point that continues only when its new
 * cluster is clearly closer (by `margin` in cosine). k-means on slightly changed data redraws the
 * borders between clusters, and without this the items near a border would flip from run to run.
 * Answers the adjusted assignments and how many items stayed.
 */
export function keepBorderItems(input: StickyInput): { assignments: Int32Array; kept: number } {
  const out = Int32Array.from(input.assignments);
  let kept = 0;
  for (let i = 0; i < out.length; i++) {
    const next = out[i] as number;
    const p = input.previousOf[i] as number;
    if (next < 0 || p < 0) continue;
    const home = input.successorOf[p] as number;
    if (home < 0 || home === next) continue;
    const vector = input.vectorOf(i);
    const toHome = cosine(vector, input.centroids[home] as SparseVector);
    const toNext = cosine(vector, input.centroids[next] as SparseVector);
    if (toHome >= toNext - input.margin) {
      out[i] = home;
      kept++;
    }
  }
  return { assignments: out, kept };
}
