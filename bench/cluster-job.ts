/**
 * `npm run bench -- cluster-job [--rows 20000] [--change 0.05] [--held 1000] [--seed 42] [--k N] [--unseen 7] [--sticky MARGIN] [--match-threshold S] [--cold] [--pglite]`
 *
 * The database clustering job on real data (../shared/datasets: English and Arabic halves, sampled
 * with a seed), in a throwaway PostgreSQL database (BENCH_DATABASE_URL's server, default local) or
 * in-memory PGlite: wall time of a run, pain points, then the between-runs assignment of held-out
 * items (coverage and precision per threshold floor; coverage of items from `--unseen` intents the
 * runs never saw, which should stay unassigned), then a second run after `--change` of the
 * items were replaced: the share of pain points and of items that kept their id.
 */
import { parseArgs } from "node:util";
import { eq, inArray } from "drizzle-orm";
import { assignNewFeedback, runClusterJob } from "../jobs/cluster";
import { loadClusterEngine } from "../jobs/cluster/engine-default";
import { createRandom } from "../src/cluster/random";
import { clusterRuns, feedback, painPointCentroids } from "../src/db/schema";
import type { DbHandle } from "../src/db/types";
import { silentLogger } from "../src/lib/logger";
import { assignNearest } from "../src/services/pain-points/nearest";
import { indexCentroids } from "../src/services/pain-points/sparse";
import { featureSpaceFromJson, vectorizeCounts } from "../src/services/pain-points/vectorize";
import { assignmentsById, type LabeledText, seedFeedback } from "../test/cluster-job-helpers";
import { readJsonl } from "../test/jsonl";
import { clusteringScores } from "./cluster-metrics";
import { openThrowawayDatabase } from "./throwaway-db";

const DATASETS = new URL("../../shared/datasets/", import.meta.url);

function readSet(name: string): LabeledText[] {
  return readJsonl<LabeledText>(new URL(name, DATASETS));
}

/** Seeded Fisher–Yates (the clustering's mulberry32): the same sample for the same seed. */
function shuffle<T>(items: T[], seed: number): T[] {
  const random = createRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export async function run(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      rows: { type: "string", default: "20000" },
      change: { type: "string", default: "0.05" },
      held: { type: "string", default: "1000" },
      seed: { type: "string", default: "42" },
      pglite: { type: "boolean", default: false },
      k: { type: "string" },
      unseen: { type: "string", default: "7" },
      sticky: { type: "string" },
      "match-threshold": { type: "string" },
      cold: { type: "boolean", default: false },
    },
  });
  const rows = Number(values.rows);
  const changed = Math.round(rows * Number(values.change));
  const held = Number(values.held);
  const seed = Number(values.seed);
  const unseen = Number(values.unseen);
  const k = {
    ...(values.k === undefined ? {} : { k: Number(values.k) }),
    ...(values.sticky === undefined ? {} : { stickyMargin: Number(values.sticky) }),
    ...(values["match-threshold"] === undefined ? {} : { matchThreshold: Number(values["match-threshold"]) }),
    ...(values.cold ? { warmStart: false } : {}),
  };
  const all = shuffle(
    [
      ...shuffle(readSet("banking77-train.jsonl"), seed).slice(
        0,
        Math.ceil((rows + changed + held) / 2) + 2000,
      ),
      ...shuffle(readSet("arbanking77-train.jsonl"), seed + 1).slice(
        0,
        Math.ceil((rows + changed + held) / 2) + 2000,
      ),
    ],
    seed + 2,
  );
  // Intents the runs never see: newcomers from them should find no pain point to join.
  const hidden = new Set(shuffle([...new Set(all.map((r) => r.label))].sort(), seed + 3).slice(0, unseen));
  const pool = all.filter((r) => !hidden.has(r.label));
  const base = pool.slice(0, rows);
  const heldOut = pool.slice(rows, rows + held);
  const replacements = pool.slice(rows + held, rows + held + changed);
  const strangers = all.filter((r) => hidden.has(r.label)).slice(0, held);
  const handle = await openThrowawayDatabase("pp_bench_cluster", values.pglite);
  const db = handle.db;
  const out = (line: string) => process.stdout.write(`${line}\n`);
  try {
    const labelOf = new Map<string, string>();
    const seed1 = await seedFeedback(db, base, new Date("2026-01-01T00:00:00Z"));
    seed1.forEach((id, i) => {
      labelOf.set(id, (base[i] as LabeledText).label);
    });
    out(`database: ${handle.kind}; ${rows.toLocaleString("en-US")} items (English and Arabic, 77 intents)`);

    const timing1 = stageTimer();
    const first = await runClusterJob(
      { db, now: new Date("2026-01-02T00:00:00Z"), log: silentLogger, progress: timing1.progress },
      { seed, ...k },
    );
    out(
      `run 1: ${first.painPoints} pain points (k ${first.k}, ${first.kSource}), ${first.outliers} outliers, ${seconds(first.durationMs)}`,
    );
    out(`  ${timing1.report()}`);
    const assigned1 = await assignmentsById(db);
    const majority = majorityLabels(assigned1, labelOf);
    let members = 0;
    let pure = 0;
    for (const [id, pp] of assigned1) {
      if (!pp) continue;
      members++;
      if (majority.get(pp) === labelOf.get(id)) pure++;
    }
    out(
      `  purity: ${pct(pure / members)} of the run's own members share their pain point's majority intent; NMI with the intents ${nmi(assigned1, labelOf).toFixed(3)}`,
    );

    await measureThresholds(db, first.runId, heldOut, strangers, majority, out);
    const heldIds = await seedFeedback(db, heldOut, new Date("2026-01-03T00:00:00Z"));
    heldIds.forEach((id, i) => {
      labelOf.set(id, (heldOut[i] as LabeledText).label);
    });
    const between = await assignNewFeedback({ db, now: new Date("2026-01-03T01:00:00Z"), log: silentLogger });
    const afterAssign = await assignmentsById(db);
    const right = heldIds.filter((id) => {
      const pp = afterAssign.get(id);
      return pp && majority.get(pp) === labelOf.get(id);
    }).length;
    out(
      `between runs: ${between.assigned}/${between.considered} held-out items assigned (${pct(between.assigned / between.considered)}), ${pct(right / Math.max(1, between.assigned))} to the pain point of their intent, ${seconds(between.durationMs)}`,
    );

    // Replace `changed` of the original items, then run again.
    const before = await assignmentsById(db);
    await db.delete(feedback).where(inArray(feedback.id, seed1.slice(0, changed)));
    const replacementIds = await seedFeedback(db, replacements, new Date("2026-01-04T00:00:00Z"));
    replacementIds.forEach((id, i) => {
      labelOf.set(id, (replacements[i] as LabeledText).label);
    });
    const timing2 = stageTimer();
    const second = await runClusterJob(
      { db, now: new Date("2026-01-05T00:00:00Z"), log: silentLogger, progress: timing2.progress },
      { seed, ...k },
    );
    const after = await assignmentsById(db);
    let both = 0;
    let same = 0;
    for (const [id, pp] of after) {
      if (!before.has(id)) continue;
      both++;
      if (before.get(id) === pp) same++;
    }
    out(
      `run 2 (${pct(changed / rows)} of items replaced): ${second.painPoints} pain points (k ${second.k}, ${second.kSource}), ${seconds(second.durationMs)}; kept their id: ${second.kept}/${second.painPoints} pain points (${pct(second.kept / second.painPoints)}), ${pct(same / both)} of the items still there; new ${second.new.length}, grown ${second.grown.length}, shrunk ${second.shrunk.length}, unchanged ${second.unchanged.length}, merged ${second.merged.length}, split ${second.split.length}, retired ${second.retired.length}`,
    );
    const majorityAfter = majorityLabels(after, labelOf);
    const keptIds = [...majorityAfter.keys()].filter((id) => majority.has(id));
    const sameIntent = keptIds.filter((id) => majority.get(id) === majorityAfter.get(id)).length;
    out(`  kept ids whose majority intent is the same as before: ${sameIntent}/${keptIds.length}`);
    out(`  ${timing2.report()}; NMI with the intents ${nmi(after, labelOf).toFixed(3)}`);
    const runs = await db.select().from(clusterRuns).where(eq(clusterRuns.status, "succeeded"));
    out(`runs recorded: ${runs.length}`);
  } finally {
    await handle.drop();
  }
}

/** Splits a run's wall time into the job's own work (read, match, write) and the engine's. */
function stageTimer() {
  const start = performance.now();
  let readEnd = start;
  let matchStart = start;
  return {
    progress(stage: string) {
      const t = performance.now();
      if (stage === "read") readEnd = t;
      else if (stage === "match" && matchStart === start) matchStart = t;
    },
    report() {
      const end = performance.now();
      return `read ${seconds(readEnd - start)}, engine ${seconds(matchStart - readEnd)}, match and write ${seconds(end - matchStart)}`;
    },
  };
}

/** Normalized mutual information (arithmetic mean) of pain points and intents; an outlier is a group of its own. */
function nmi(assigned: Map<string, string | null>, labelOf: Map<string, string>): number {
  const numbers = new Map<string, number>();
  const predicted = Array.from(assigned.values(), (pp) => {
    if (pp === null) return -1;
    let c = numbers.get(pp);
    if (c === undefined) {
      c = numbers.size;
      numbers.set(pp, c);
    }
    return c;
  });
  return clusteringScores(
    Array.from(assigned.keys(), (id) => labelOf.get(id) as string),
    predicted,
  ).nmi;
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function majorityLabels(
  assigned: Map<string, string | null>,
  labelOf: Map<string, string>,
): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const [id, pp] of assigned) {
    if (!pp) continue;
    const m = counts.get(pp) ?? new Map<string, number>();
    const label = labelOf.get(id) as string;
    m.set(label, (m.get(label) ?? 0) + 1);
    counts.set(pp, m);
  }
  return new Map([...counts].map(([pp, m]) => [pp, [...m].sort((a, b) => b[1] - a[1])[0]?.[0] as string]));
}

/** Coverage and precision of nearest-centroid assignment of held-out items, per threshold rule. */
async function measureThresholds(
  db: DbHandle["db"],
  runId: string,
  heldOut: LabeledText[],
  strangers: LabeledText[],
  majority: Map<string, string>,
  out: (line: string) => void,
): Promise<void> {
  const [runRow] = await db.select().from(clusterRuns).where(eq(clusterRuns.id, runId));
  const space = featureSpaceFromJson(runRow?.model);
  if (!space) return;
  const centroids = await db.select().from(painPointCentroids);
  const engine = await loadClusterEngine();
  const index = indexCentroids(centroids.map((c) => c.centroid));
  const vectorize = (row: LabeledText) => vectorizeCounts(engine.featureCounts(row.text, row.lang), space);
  const vectors = heldOut.map(vectorize);
  const strangerVectors = strangers.map(vectorize);
  const perCluster = Float64Array.from(centroids, (c) => c.assignThreshold);
  const rules: Array<[string, Float64Array]> = [
    ...[0, 0.1, 0.2, 0.3, 0.4].map(
      (f) => [`global ${f}`, new Float64Array(centroids.length).fill(f)] as [string, Float64Array],
    ),
    ["per pain point (q10 of members, floor 0.2)", perCluster],
  ];
  for (const [name, thresholds] of rules) {
    const { assigned } = assignNearest(index, thresholds, vectors);
    let n = 0;
    let right = 0;
    assigned.forEach((c, i) => {
      if (c < 0) return;
      n++;
      if (majority.get((centroids[c] as { painPointId: string }).painPointId) === heldOut[i]?.label) right++;
    });
    const taken = assignNearest(index, thresholds, strangerVectors).assigned.filter((c) => c >= 0).length;
    out(
      `  threshold ${name}: seen intents: coverage ${pct(n / heldOut.length)}, precision ${pct(right / Math.max(1, n))}; unseen intents: coverage ${pct(taken / Math.max(1, strangers.length))}`,
    );
  }
}
