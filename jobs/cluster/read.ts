import { and, asc, eq, gt, sql } from "drizzle-orm";
import { feedback, painPointCentroids, painPoints } from "../../src/db/schema";
import type { Database } from "../../src/db/types";
import type { PreviousState } from "../../src/services/pain-points/plan";
import { lastSucceededRun } from "./write";

export const PAGE_SIZE = 5000;

export interface FeedbackSnapshot {
  ids: string[];
  texts: string[];
  langs: Array<string | undefined>;
  /** Per item: index in `previous` of its pain point now, or -1 (none, or a retired one). */
  previousOf: Int32Array;
}

export interface ClusterState {
  /** The last succeeded run, if any: a run that finds another one since then must not commit. */
  lastRunId: string | null;
  lastRunSummary: Record<string, unknown> | null;
  previous: PreviousState[];
}

export async function readClusterState(db: Database): Promise<ClusterState> {
  const lastRun = await lastSucceededRun(db, ["id", "summary"]);
  const rows = await db
    .select({
      id: painPoints.id,
      clusteredSize: painPoints.clusteredSize,
      centroid: painPointCentroids.centroid,
    })
    .from(painPoints)
    .leftJoin(painPointCentroids, eq(painPointCentroids.painPointId, painPoints.id))
    .where(eq(painPoints.status, "active"))
    .orderBy(asc(painPoints.id));
  return {
    lastRunId: lastRun?.id ?? null,
    lastRunSummary: lastRun?.summary ?? null,
    previous: rows.map((r) => ({ id: r.id, clusteredSize: r.clusteredSize, centroid: r.centroid ?? null })),
  };
}

/**
 * All feedback, in pages by id (keyset, so each page is an index range scan), only the columns the
 * clustering needs.
 */
export async function readFeedbackSnapshot(
  db: Database,
  previous: readonly PreviousState[],
  onPage?: (done: number, total: number) => void,
  pageSize = PAGE_SIZE,
): Promise<FeedbackSnapshot> {
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(feedback);
  const total = count?.n ?? 0;
  const indexOf = new Map(previous.map((p, i) => [p.id, i]));
  const ids: string[] = [];
  const texts: string[] = [];
  const langs: Array<string | undefined> = [];
  const previousOf: number[] = [];
  let after: string | null = null;
  for (;;) {
    const page: Array<{ id: string; text: string; lang: string | null; painPointId: string | null }> =
      await db
        .select({
          id: feedback.id,
          text: feedback.text,
          lang: feedback.lang,
          painPointId: feedback.painPointId,
        })
        .from(feedback)
        .where(after === null ? undefined : and(gt(feedback.id, after)))
        .orderBy(asc(feedback.id))
        .limit(pageSize);
    for (const row of page) {
      ids.push(row.id);
      texts.push(row.text);
      langs.push(row.lang ?? undefined);
      previousOf.push(row.painPointId === null ? -1 : (indexOf.get(row.painPointId) ?? -1));
    }
    onPage?.(ids.length, Math.max(total, ids.length));
    if (page.length < pageSize) break;
    after = (page[page.length - 1] as { id: string }).id;
  }
  return { ids, texts, langs, previousOf: Int32Array.from(previousOf) };
}
