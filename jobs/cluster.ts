import { and, eq, lt } from "drizzle-orm";
import { clusterRuns } from "../src/db/schema";
import type { Database } from "../src/db/types";
import { uuidv7 } from "../src/lib/ids";
import type { Logger } from "../src/lib/logger";
import { decideK, type PreviousK } from "../src/services/pain-points/choose-k";
import { DEFAULT_MATCH_OPTIONS } from "../src/services/pain-points/match-runs";
import { planSwitchOver } from "../src/services/pain-points/plan";
import { keepBorderItems } from "../src/services/pain-points/sticky";
import { featureSpaceToJson, vectorizeCounts } from "../src/services/pain-points/vectorize";
import type { ClusterEngine, EngineResult, ProgressFn } from "./cluster/engine";
import { loadClusterEngine } from "./cluster/engine-default";
import { readClusterState, readFeedbackSnapshot } from "./cluster/read";
import { type ClusterJobSummary, summarize, summaryLine } from "./cluster/summary";
import { measureThresholds } from "./cluster/thresholds";
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
}

/**
 * Measured (`npm run bench -- cluster-job --rows 5000 --held 600 --k 70 --sticky=M`, 5% of items
 * replaced between runs): items keeping their pain point 75% (off), 84% (0.1), 90% (0.2), 93% (0.3),
 * NMI with the true intents 0.509, 0.512, 0.512, 0.512. At 0.3 splits were no longer seen at all.
 */
export const DEFAULT_STICKY_MARGIN = 0.2;

export const DEFAULT_SEED = 42;
/** Far longer than any run takes (minutes at 100k items). */
const ABANDONED_AFTER_MS = 6 * 3600_000;

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
  // A run still "running" long after it started died with its process: say so in its record.
  await db
    .update(clusterRuns)
    .set({ status: "failed", error: "abandoned: the process ended before the run finished" })
    .where(
      and(
        eq(clusterRuns.status, "running"),
        lt(clusterRuns.startedAt, new Date(now.getTime() - ABANDONED_AFTER_MS)),
      ),
    );
  await db.insert(clusterRuns).values({ id: runId, status: "running", startedAt: now, params });
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
            ...(kDecision.k !== undefined ? { k: kDecision.k } : {}),
            seed: params.seed,
            ...(deps.progress ? { onProgress: deps.progress } : {}),
          });
    if (result.assignments.length !== items)
      throw new Error(`the engine assigned ${result.assignments.length} of ${items} items`);
    deps.progress?.("match", 0, 1);
    const planFor = (assignments: Int32Array) =>
      planSwitchOver({
        previous: state.previous,
        itemIds: snapshot.ids,
        previousOf: snapshot.previousOf,
        clusters: result.clusters,
        assignments,
        newId: () => uuidv7(now.getTime()),
        options: {
          ...DEFAULT_MATCH_OPTIONS,
          ...(options.matchThreshold !== undefined ? { matchThreshold: options.matchThreshold } : {}),
        },
      });
    const first = planFor(result.assignments);
    const successorOf = new Int32Array(state.previous.length).fill(-1);
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
      margin: options.stickyMargin ?? DEFAULT_STICKY_MARGIN,
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
      await tx
        .update(clusterRuns)
        .set({
          status: "succeeded",
          finishedAt: new Date(now.getTime() + durationMs),
          durationMs,
          itemCount: items,
          painPointCount: summary.painPoints,
          outlierCount: summary.outliers,
          summary: summary as unknown as Record<string, unknown>,
          model: featureSpaceToJson(result.space),
        })
        .where(eq(clusterRuns.id, runId));
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
    const durationMs = Math.round(performance.now() - started);
    const message = describeError(error);
    log.error(`clustering run failed: ${message}`, { runId, durationMs });
    await db
      .update(clusterRuns)
      .set({ status: "failed", finishedAt: new Date(now.getTime() + durationMs), durationMs, error: message })
      .where(eq(clusterRuns.id, runId))
      .catch((recordError: unknown) =>
        log.error("could not record the failed clustering run", { runId, error: String(recordError) }),
      );
    throw error;
  }
}

/** The k of the last run, as its summary recorded it. */
function previousK(summary: Record<string, unknown> | null): PreviousK | null {
  if (!summary) return null;
  const { k, kSource, kChosenAtItems } = summary as Partial<ClusterJobSummary>;
  if (typeof k !== "number" || (kSource !== "given" && kSource !== "chosen" && kSource !== "kept"))
    return null;
  return { k, source: kSource, chosenAtItems: typeof kChosenAtItems === "number" ? kChosenAtItems : null };
}

/**
 * One readable line for the run record: drizzle wraps driver errors in "Failed query: <sql>
 * params: <every value>", which can be megabytes and hold the very bytes PostgreSQL refused.
 */
function describeError(error: unknown): string {
  let err = error;
  while (err instanceof Error && err.message.startsWith("Failed query") && err.cause) err = err.cause;
  const text =
    err instanceof Error ? `${err.name === "Error" ? "" : `${err.name}: `}${err.message}` : String(err);
  return (text.split("\n")[0] ?? "").replaceAll("\u0000", "").slice(0, 500);
}
