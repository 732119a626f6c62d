import { eq, inArray, sql } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { clusterRuns, painPointCentroids, painPointLineage, painPoints } from "../../src/db/schema";
import type { Database } from "../../src/db/types";
import type { SwitchOverPlan } from "../../src/services/pain-points/plan";

/** Every writer of pain points takes this lock for its transaction, so switch-overs never interleave. */
export const PAIN_POINT_LOCK = 727_273;

/** Feedback rows per assignment statement: big enough to be few, small enough to stay well under
 * the protocol's parameter size on either driver. */
export const ASSIGN_CHUNK = 20_000;
const ROW_CHUNK = 200;

export class StaleRunError extends Error {
  constructor() {
    super("another clustering run finished while this one was running; nothing was changed");
    this.name = "StaleRunError";
  }
}

export async function lockPainPoints(tx: Database): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${PAIN_POINT_LOCK})`);
}

type ClusterRun = typeof clusterRuns.$inferSelect;

/** The given columns of the last succeeded run (the one finished last); undefined when none has. */
export async function lastSucceededRun<K extends keyof ClusterRun>(
  db: Database,
  columns: readonly K[],
): Promise<Pick<ClusterRun, K> | undefined> {
  const fields: Record<string, PgColumn> = Object.fromEntries(columns.map((c) => [c, clusterRuns[c]]));
  const [row] = await db
    .select(fields)
    .from(clusterRuns)
    .where(eq(clusterRuns.status, "succeeded"))
    .orderBy(sql`${clusterRuns.finishedAt} desc nulls last`, sql`${clusterRuns.startedAt} desc`)
    .limit(1);
  return row as Pick<ClusterRun, K> | undefined;
}

/** The id of the last succeeded run, read under the lock. */
export async function lastSucceededRunId(tx: Database): Promise<string | null> {
  return (await lastSucceededRun(tx, ["id"]))?.id ?? null;
}

/** A uuid[] from one text parameter: one bind value per chunk, whatever the driver does with arrays. */
const uuidArray = (ids: readonly string[]) => sql`string_to_array(${ids.join(",")}, ',')::uuid[]`;
// "-" stands for null: an empty element would vanish from a one-element list.
const nullableUuidArray = (ids: ReadonlyArray<string | null>) =>
  sql`string_to_array(${ids.map((id) => id ?? "-").join(",")}, ',', '-')::uuid[]`;

/** Sets `feedback.pain_point_id` for the given items in chunks, one statement each. */
export async function writeAssignments(
  tx: Database,
  ids: readonly string[],
  painPointIds: ReadonlyArray<string | null>,
  onChunk?: (done: number, total: number) => void,
  options: { onlyUnassigned?: boolean } = {},
): Promise<void> {
  // Between runs, an item someone assigned meanwhile is theirs.
  const guard = options.onlyUnassigned ? sql` and f.pain_point_id is null` : sql``;
  for (let start = 0; start < ids.length; start += ASSIGN_CHUNK) {
    const end = Math.min(ids.length, start + ASSIGN_CHUNK);
    await tx.execute(sql`
      update feedback as f set pain_point_id = v.pp
      from unnest(${uuidArray(ids.slice(start, end))}, ${nullableUuidArray(painPointIds.slice(start, end))}) as v(id, pp)
      where f.id = v.id${guard}`);
    onChunk?.(end, ids.length);
  }
}

/** Recounts `size` of the given (or all active) pain points from their assigned feedback. */
export async function recountSizes(tx: Database, ids?: readonly string[]): Promise<void> {
  const which = ids ? sql`p.id = any(${uuidArray(ids)})` : sql`p.status = 'active'`;
  await tx.execute(sql`
    update pain_points as p
    set size = (select count(*)::int from feedback f where f.pain_point_id = p.id)
    where ${which}`);
}

export interface SwitchOverContext {
  runId: string;
  now: Date;
  thresholds: Float64Array;
  onAssignChunk?: (done: number, total: number) => void;
}

/** Writes a planned run: pain points, centroids, assignments, lineage. Call inside the run's transaction. */
export async function writeSwitchOver(
  tx: Database,
  plan: SwitchOverPlan,
  ctx: SwitchOverContext,
): Promise<void> {
  const { runId, now } = ctx;
  const retiredIds = plan.retired.map((r) => r.id);
  if (retiredIds.length > 0) {
    await tx
      .update(painPoints)
      .set({ status: "retired", size: 0, retiredAt: now, lastRunId: runId, updatedAt: now })
      .where(inArray(painPoints.id, retiredIds));
  }
  for (let start = 0; start < plan.painPoints.length; start += ROW_CHUNK) {
    const rows = plan.painPoints.slice(start, start + ROW_CHUNK).map((pp) => ({
      id: pp.id,
      label: pp.label,
      keywords: pp.keywords,
      lang: pp.lang,
      size: pp.size,
      clusteredSize: pp.size,
      representativeIds: pp.representativeIds,
      status: "active" as const,
      lastRunId: runId,
      createdAt: now,
      updatedAt: now,
    }));
    await tx
      .insert(painPoints)
      .values(rows)
      .onConflictDoUpdate({
        target: painPoints.id,
        set: {
          label: sql`excluded.label`,
          keywords: sql`excluded.keywords`,
          lang: sql`excluded.lang`,
          clusteredSize: sql`excluded.clustered_size`,
          representativeIds: sql`excluded.representative_ids`,
          status: sql`excluded.status`,
          lastRunId: sql`excluded.last_run_id`,
          updatedAt: sql`excluded.updated_at`,
          retiredAt: null,
          mergedInto: null,
        },
      });
  }
  // Only now: a pain point may have merged into one this run creates.
  for (const r of plan.retired) {
    if (r.mergedInto)
      await tx.update(painPoints).set({ mergedInto: r.mergedInto }).where(eq(painPoints.id, r.id));
  }
  await tx.delete(painPointCentroids);
  for (let start = 0; start < plan.painPoints.length; start += ROW_CHUNK) {
    const rows = plan.painPoints.slice(start, start + ROW_CHUNK).map((pp, i) => ({
      painPointId: pp.id,
      runId,
      centroid: pp.centroid,
      assignThreshold: ctx.thresholds[start + i] as number,
      updatedAt: now,
    }));
    await tx.insert(painPointCentroids).values(rows);
  }
  await writeAssignments(tx, plan.reassigned.ids, plan.reassigned.painPointIds, ctx.onAssignChunk);
  // Items that arrived after the snapshot may point at a pain point retired just now: follow the
  // merge when there was one, else they wait, unassigned, for the next assignment.
  await tx.execute(sql`
    update feedback as f
    set pain_point_id = (select t.id from pain_points t where t.id = r.merged_into and t.status = 'active')
    from pain_points r
    where f.pain_point_id = r.id and r.status = 'retired'`);
  await recountSizes(tx);
  for (let start = 0; start < plan.lineage.length; start += ROW_CHUNK) {
    const rows = plan.lineage.slice(start, start + ROW_CHUNK).map((l) => ({ runId, ...l }));
    await tx.insert(painPointLineage).values(rows);
  }
}
