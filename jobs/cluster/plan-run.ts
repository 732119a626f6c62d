import { DEFAULT_MATCH_OPTIONS } from "../../src/services/pain-points/match-runs";
import { type PreviousState, planSwitchOver, type SwitchOverPlan } from "../../src/services/pain-points/plan";
import { keepBorderItems } from "../../src/services/pain-points/sticky";
import { vectorizeCounts } from "../../src/services/pain-points/vectorize";
import type { ClusterEngine, EngineResult } from "./engine";
import type { FeedbackSnapshot } from "./read";
import { measureThresholds } from "./thresholds";

export interface PlanRunOptions {
  stickyMargin: number;
  matchThreshold?: number | undefined;
  newId: () => string;
}

/**
 * From the engine's clusters to what the switch-over writes: match them to the old pain points,
 * keep border items where they were (then match again on the adjusted members), and measure each
 * pain point's threshold for newcomers.
 */
export function planRun(
  engine: ClusterEngine,
  previous: readonly PreviousState[],
  snapshot: FeedbackSnapshot,
  result: EngineResult,
  options: PlanRunOptions,
): { plan: SwitchOverPlan; thresholds: Float64Array } {
  const matchOptions = {
    ...DEFAULT_MATCH_OPTIONS,
    ...(options.matchThreshold !== undefined ? { matchThreshold: options.matchThreshold } : {}),
  };
  const planFor = (assignments: Int32Array) =>
    planSwitchOver({
      previous,
      itemIds: snapshot.ids,
      previousOf: snapshot.previousOf,
      clusters: result.clusters,
      assignments,
      newId: options.newId,
      options: matchOptions,
    });
  const first = planFor(result.assignments);
  const successorOf = new Int32Array(previous.length).fill(-1);
  first.match.identity.forEach((p, n) => {
    if (p >= 0) successorOf[p] = n;
  });
  const sticky = keepBorderItems({
    assignments: result.assignments,
    previousOf: snapshot.previousOf,
    successorOf,
    centroids: first.painPoints.map((pp) => pp.centroid),
    vectorOf: (i) =>
      vectorizeCounts(engine.featureCounts(snapshot.texts[i] as string, snapshot.langs[i]), result.space),
    margin: options.stickyMargin,
  });
  const assignments = sticky.kept > 0 ? sticky.assignments : result.assignments;
  const plan = sticky.kept > 0 ? planFor(assignments) : first;
  const thresholds = measureThresholds(
    engine,
    result.space,
    plan.painPoints.map((pp) => pp.centroid),
    assignments,
    snapshot.texts,
    snapshot.langs,
  );
  return { plan, thresholds };
}
