import type { Database } from "../src/db/types";
import { uuidv7 } from "../src/lib/ids";
import type { Logger } from "../src/lib/logger";
import { decideK } from "../src/services/pain-points/choose-k";
import type { ClusterEngine, EngineResult, ProgressFn } from "./cluster/engine";
import { loadClusterEngine } from "./cluster/engine-default";
import { planRun } from "./cluster/plan-run";
import { readClusterState, readFeedbackSnapshot } from "./cluster/read";
import { failRun, finishRun, previousK, startRun } from "./cluster/runs";
import { type ClusterJobSummary, summarize, summaryLine } from "./cluster/summary";
import { lastSucceededRunId, lockPainPoints, StaleRunError, writeSwitchOver } from "./cluster/write";

export { type AssignSummary, assignNewFeedback } from "./cluster/assign";
export type { ClusterEngine } from "./cluster/engine";
export type { ClusterJobSummary } from "./cluster/summary";

export interface ClusterJobDeps {
  db: Database;
  now: Date;
  log: Logger;
  progress?: ProgressFn;
  /** The clustering engine; the project's own unless a test stands in for it. */
  engine?: ClusterEngine;
}

export interface ClusterJobOptions {
  k?: number;
  seed?: number;
  /** Cosine by which a new cluster must be closer before an item leaves its pain point. */
  stickyMargin?: number;
  /** Least score (centroid cosine and shared members) for a cluster to keep an old id. */
  matchThreshold?: number;
  /** Start the clusters from the current pain points (default); false draws them afresh. */
  warmStart?: boolean;
}

/**
 * Measured (`npm run bench -- cluster-job --rows 5000 --held 600 --k 70 --sticky=M`, 5% of items
 * replaced between runs): items keeping their pain point 75% (off), 84% (0.1), 90% (0.2), 93% (0.3),
 * NMI with the true intents 0.509, 0.512, 0.512, 0.512. At 0.3 splits were no longer seen at all.
 */
export const DEFAULT_STICKY_MARGIN = 0.2;

export const DEFAULT_SEED = 42;

const emptyResult = (): EngineResult => ({
  k: 0,
  assignments: new Int32Array(0),
  clusters: [],
  space: { idf: new Map(), unknownIdf: 1 },
});

/**
 * Clusters all stored feedback into pain points and assigns every item, keeping the ids of pain
 * points that continue. The run is recorded first; everything else is switched over in one
 * transaction at the end, so a failure (or a crash) leaves the last good state as it was.
 */
export async function runClusterJob(
  deps: ClusterJobDeps,
  options: ClusterJobOptions = {},
): Promise<ClusterJobSummary> {
  const { db, now, log } = deps;
  const params = { ...(options.k !== undefined ? { k: options.k } : {}), seed: options.seed ?? DEFAULT_SEED };
  const runId = uuidv7(now.getTime());
  const started = performance.now();
  await startRun(db, runId, now, params);
  try {
    const engine = deps.engine ?? (await loadClusterEngine());
    const state = await readClusterState(db);
    const snapshot = await readFeedbackSnapshot(db, state.previous, (done, total) =>
      deps.progress?.("read", done, total),
    );
    const items = snapshot.ids.length;
    const docs = snapshot.texts.map((text, i) => {
      const lang = snapshot.langs[i];
      return lang === undefined ? { text } : { text, lang };
    });
    const kDecision = decideK(options.k, previousK(state.lastRunSummary), items);
    const result =
      items === 0
        ? emptyResult()
        : await engine.cluster(docs, {
            ...(kDecision.k !== undefined ? { k: kDecision.k, keptK: kDecision.source === "kept" } : {}),
            seed: params.seed,
            ...(deps.progress ? { onProgress: deps.progress } : {}),
            ...(state.previous.length > 0 && options.warmStart !== false
              ? { warmStart: snapshot.previousOf }
              : {}),
          });
    if (result.assignments.length !== items)
      throw new Error(`the engine assigned ${result.assignments.length} of ${items} items`);
    deps.progress?.("match", 0, 1);
    const { plan, thresholds } = planRun(engine, state.previous, snapshot, result, {
      stickyMargin: options.stickyMargin ?? DEFAULT_STICKY_MARGIN,
      matchThreshold: options.matchThreshold,
      newId: () => uuidv7(now.getTime()),
    });
    deps.progress?.("match", 1, 1);
    const summary = await db.transaction(async (tx) => {
      await lockPainPoints(tx);
      if ((await lastSucceededRunId(tx)) !== state.lastRunId) throw new StaleRunError();
      await writeSwitchOver(tx, plan, {
        runId,
        now,
        thresholds,
        onAssignChunk: (done, total) => deps.progress?.("write", done, total),
      });
      const durationMs = Math.round(performance.now() - started);
      const summary = summarize(plan, {
        runId,
        items,
        durationMs,
        params,
        k: result.k,
        kSource: kDecision.source,
        kChosenAtItems: kDecision.chosenAtItems,
      });
      await finishRun(tx, summary, now, result.space);
      return summary;
    });
    log.info(summaryLine(summary), {
      runId,
      kept: summary.kept,
      new: summary.new.length,
      grown: summary.grown.length,
      shrunk: summary.shrunk.length,
      merged: summary.merged.length,
      split: summary.split.length,
      retired: summary.retired.length,
      outliers: summary.outliers,
    });
    return summary;
  } catch (error) {
    await failRun(
      db,
      log,
      { runId, startedAt: now, durationMs: Math.round(performance.now() - started) },
      error,
    );
    throw error;
  }
}
