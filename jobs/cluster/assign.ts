import { and, asc, eq, gt, gte, isNull } from "drizzle-orm";
import { feedback, painPointCentroids, painPoints } from "../../src/db/schema";
import type { Database } from "../../src/db/types";
import type { Logger } from "../../src/lib/logger";
import { assignNearest } from "../../src/services/pain-points/nearest";
import { indexCentroids } from "../../src/services/pain-points/sparse";
import { featureSpaceFromJson, vectorizeCounts } from "../../src/services/pain-points/vectorize";
import type { ClusterEngine, ProgressFn } from "./engine";
import { loadClusterEngine } from "./engine-default";
import {
  lastSucceededRun,
  lastSucceededRunId,
  lockPainPoints,
  recountSizes,
  writeAssignments,
} from "./write";

export interface AssignDeps {
  db: Database;
  now: Date;
  log: Logger;
  progress?: ProgressFn;
  engine?: ClusterEngine;
}

export interface AssignOptions {
  /** Items read and assigned per transaction. */
  pageSize?: number;
}

export interface AssignSummary {
  /** The run whose pain points were used; null when no run has succeeded yet. */
  runId: string | null;
  /** Unassigned items received since that run that were looked at. */
  considered: number;
  assigned: number;
  durationMs: number;
}

/**
 * Between runs: puts each unassigned item received since the last run into its nearest pain point
 * when it is as close as that pain point's own members are (its stored threshold), else leaves it
 * for the next run. Safe to call from a cron while the API ingests and while a run is under way.
 */
export async function assignNewFeedback(
  deps: AssignDeps,
  options: AssignOptions = {},
): Promise<AssignSummary> {
  const { db, log } = deps;
  const started = performance.now();
  const pageSize = options.pageSize ?? 2000;
  const run = await lastSucceededRun(db, ["id", "startedAt", "model"]);
  const space = featureSpaceFromJson(run?.model);
  const summary: AssignSummary = { runId: run?.id ?? null, considered: 0, assigned: 0, durationMs: 0 };
  if (!run || !space) return summary;
  const centroids = await db
    .select({
      id: painPointCentroids.painPointId,
      centroid: painPointCentroids.centroid,
      threshold: painPointCentroids.assignThreshold,
    })
    .from(painPointCentroids)
    .innerJoin(painPoints, eq(painPoints.id, painPointCentroids.painPointId))
    .where(and(eq(painPoints.status, "active"), eq(painPointCentroids.runId, run.id)))
    .orderBy(asc(painPointCentroids.painPointId));
  if (centroids.length === 0) return summary;
  const engine = deps.engine ?? (await loadClusterEngine());
  const index = indexCentroids(centroids.map((c) => c.centroid));
  const thresholds = Float64Array.from(centroids, (c) => c.threshold);

  let after: string | null = null;
  for (;;) {
    const page: Array<{ id: string; text: string; lang: string | null }> = await db
      .select({ id: feedback.id, text: feedback.text, lang: feedback.lang })
      .from(feedback)
      .where(
        and(
          isNull(feedback.painPointId),
          gte(feedback.receivedAt, run.startedAt),
          after === null ? undefined : gt(feedback.id, after),
        ),
      )
      .orderBy(asc(feedback.id))
      .limit(pageSize);
    if (page.length === 0) break;
    const vectors = page.map((row) =>
      vectorizeCounts(engine.featureCounts(row.text, row.lang ?? undefined), space),
    );
    const { assigned } = assignNearest(index, thresholds, vectors);
    const ids: string[] = [];
    const painPointIds: string[] = [];
    assigned.forEach((c, i) => {
      if (c < 0) return;
      ids.push((page[i] as { id: string }).id);
      painPointIds.push((centroids[c] as { id: string }).id);
    });
    summary.considered += page.length;
    if (ids.length > 0) {
      const written = await db.transaction(async (tx) => {
        await lockPainPoints(tx);
        // A run that switched over meanwhile has assigned or will assign these items itself.
        if ((await lastSucceededRunId(tx)) !== run.id) return false;
        await writeAssignments(tx, ids, painPointIds, undefined, { onlyUnassigned: true });
        await recountSizes(tx, [...new Set(painPointIds)]);
        return true;
      });
      if (!written) break;
      summary.assigned += ids.length;
    }
    deps.progress?.("assign", summary.considered, summary.considered);
    if (page.length < pageSize) break;
    after = (page[page.length - 1] as { id: string }).id;
  }
  summary.durationMs = Math.round(performance.now() - started);
  log.info(
    `assigned ${summary.assigned.toLocaleString("en-US")} of ${summary.considered.toLocaleString("en-US")} new items to pain points`,
    {
      runId: run.id,
      durationMs: summary.durationMs,
    },
  );
  return summary;
}
