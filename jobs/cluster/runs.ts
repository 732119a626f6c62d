import { and, eq, lt } from "drizzle-orm";
import { clusterRuns } from "../../src/db/schema";
import type { Database } from "../../src/db/types";
import type { Logger } from "../../src/lib/logger";
import type { PreviousK } from "../../src/services/pain-points/choose-k";
import type { FeatureSpace } from "../../src/services/pain-points/vectorize";
import { featureSpaceToJson } from "../../src/services/pain-points/vectorize";
import type { ClusterJobSummary } from "./summary";

/** Far longer than any run takes (minutes at 100k items). */
const ABANDONED_AFTER_MS = 6 * 3600_000;

/** Records a run as running, and any run left running by a crashed process as failed. */
export async function startRun(db: Database, runId: string, now: Date, params: Record<string, unknown>) {
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
}

/** Marks the run succeeded: inside the switch-over's transaction, so both happen or neither. */
export async function finishRun(
  tx: Database,
  summary: ClusterJobSummary,
  startedAt: Date,
  space: FeatureSpace,
): Promise<void> {
  await tx
    .update(clusterRuns)
    .set({
      status: "succeeded",
      finishedAt: new Date(startedAt.getTime() + summary.durationMs),
      durationMs: summary.durationMs,
      itemCount: summary.items,
      painPointCount: summary.painPoints,
      outlierCount: summary.outliers,
      summary: summary as unknown as Record<string, unknown>,
      model: featureSpaceToJson(space),
    })
    .where(eq(clusterRuns.id, summary.runId));
}

/** Records the failure (outside the rolled-back transaction); a failure to record it is only logged. */
export async function failRun(
  db: Database,
  log: Logger,
  run: { runId: string; startedAt: Date; durationMs: number },
  error: unknown,
): Promise<void> {
  const message = describeError(error);
  log.error(`clustering run failed: ${message}`, { runId: run.runId, durationMs: run.durationMs });
  await db
    .update(clusterRuns)
    .set({
      status: "failed",
      finishedAt: new Date(run.startedAt.getTime() + run.durationMs),
      durationMs: run.durationMs,
      error: message,
    })
    .where(eq(clusterRuns.id, run.runId))
    .catch((recordError: unknown) =>
      log.error("could not record the failed clustering run", {
        runId: run.runId,
        error: String(recordError),
      }),
    );
}

/** The k of the last run, as its summary recorded it. */
export function previousK(summary: Record<string, unknown> | null): PreviousK | null {
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
export function describeError(error: unknown): string {
  let err = error;
  while (err instanceof Error && err.message.startsWith("Failed query") && err.cause) err = err.cause;
  const text =
    err instanceof Error ? `${err.name === "Error" ? "" : `${err.name}: `}${err.message}` : String(err);
  return (text.split("\n")[0] ?? "").replaceAll("\u0000", "").slice(0, 500);
}
