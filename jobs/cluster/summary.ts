import { plural } from "../../src/lib/plural";
import type { KSource } from "../../src/services/pain-points/choose-k";
import type { SwitchOverPlan } from "../../src/services/pain-points/plan";

export interface ClusterJobSummary {
  runId: string;
  items: number;
  /** Items in a pain point after the run; the rest are outliers. */
  assigned: number;
  outliers: number;
  /** Active pain points after the run. */
  painPoints: number;
  /** Pain points that kept the id they had before the run. */
  kept: number;
  durationMs: number;
  params: { k?: number; seed: number };
  /** Clusters the engine made, and whether k was given, chosen by the engine, or kept from before. */
  k: number;
  kSource: KSource;
  /** Items there were when k was last chosen automatically. */
  kChosenAtItems: number | null;
  /** Every pain point with an id it did not have before: new topics, split-off parts, merges under a new id. */
  new: string[];
  unchanged: string[];
  grown: string[];
  shrunk: string[];
  merged: Array<{ into: string; from: string[] }>;
  split: Array<{ from: string; into: string[] }>;
  retired: string[];
}

export function summarize(
  plan: SwitchOverPlan,
  run: Pick<
    ClusterJobSummary,
    "runId" | "items" | "durationMs" | "params" | "k" | "kSource" | "kChosenAtItems"
  >,
): ClusterJobSummary {
  const idsWith = (change: string) =>
    plan.lineage.filter((l) => l.change === change).map((l) => l.painPointId);
  return {
    runId: run.runId,
    items: run.items,
    assigned: run.items - plan.outliers,
    outliers: plan.outliers,
    painPoints: plan.painPoints.length,
    kept: plan.painPoints.filter((pp) => !pp.isNew).length,
    durationMs: run.durationMs,
    params: run.params,
    k: run.k,
    kSource: run.kSource,
    kChosenAtItems: run.kChosenAtItems,
    new: plan.painPoints.filter((pp) => pp.isNew).map((pp) => pp.id),
    unchanged: idsWith("unchanged"),
    grown: idsWith("grown"),
    shrunk: idsWith("shrunk"),
    merged: plan.merges,
    split: plan.splits,
    retired: idsWith("retired"),
  };
}

/** `clustered 48,210 items into 64 pain points in 3.1 s` */
export function summaryLine(summary: ClusterJobSummary): string {
  return `clustered ${plural(summary.items, "item", "items")} into ${plural(summary.painPoints, "pain point", "pain points")} in ${(summary.durationMs / 1000).toFixed(1)} s`;
}
