import { asc, eq } from "drizzle-orm";
import { beforeEach, expect, it } from "vitest";
import { runClusterJob } from "../jobs/cluster";
import { clusterRuns, painPointCentroids, painPointLineage, painPoints } from "../src/db/schema";
import { silentLogger } from "../src/lib/logger";
import { assignmentsById, resetClusterTables, scriptedEngine, seedFeedback } from "./cluster-job-helpers";
import { describeEachDatabase } from "./db";

const TOPICS: Record<string, string[]> = {
  arrival: [
    "my new card has not arrived yet",
    "still waiting for my card to arrive",
    "when will my card arrive",
    "card still not here after two weeks",
    "how long does the card take to arrive",
    "the card I ordered never arrived",
  ],
  delivery: [
    "can you deliver the card to another address",
    "card delivery to my office please",
    "change the delivery address of my card",
    "is express delivery possible for cards",
  ],
  refund: [
    "my refund is not showing",
    "where is my refund",
    "refund still missing from my account",
    "I was promised a refund days ago",
    "refund has not appeared",
  ],
};
const topicOf = new Map(
  Object.entries(TOPICS).flatMap(([topic, texts]) => texts.map((t) => [t, topic] as const)),
);
const rows = [...topicOf].map(([text, label]) => ({ text, label, lang: "en" }));

/** An engine that puts each text in the cluster named by `plan[its topic]`. */
const engineFor = (plan: Record<string, string | undefined>) =>
  scriptedEngine((text) => plan[topicOf.get(text) ?? ""]);

const day = (d: number) => new Date(Date.UTC(2026, 0, d));

describeEachDatabase("cluster job lineage", (database) => {
  beforeEach(async () => {
    await resetClusterTables(database().db);
  });

  async function firstRun(plan: Record<string, string>) {
    const db = database().db;
    const ids = await seedFeedback(db, rows, day(1));
    const summary = await runClusterJob({ db, now: day(2), log: silentLogger, engine: engineFor(plan) }, {});
    const byLabel = new Map(
      (await db.select().from(painPoints)).map((pp) => [pp.label, pp.id] as [string, string]),
    );
    return { ids, summary, byLabel };
  }

  const idsOfTopic = (ids: string[], topic: string) => ids.filter((_, i) => rows[i]?.label === topic);

  it("reports two pain points that became one as merged, and retires the absorbed one", async () => {
    const db = database().db;
    const { ids, byLabel } = await firstRun({ arrival: "arrival", delivery: "delivery", refund: "refund" });
    const [arrival, delivery, refund] = ["arrival", "delivery", "refund"].map((l) => byLabel.get(l)) as [
      string,
      string,
      string,
    ];

    const engine = engineFor({ arrival: "cards", delivery: "cards", refund: "refund" });
    const summary = await runClusterJob({ db, now: day(3), log: silentLogger, engine }, {});

    expect(summary.merged).toEqual([{ into: arrival, from: [arrival, delivery] }]);
    expect(summary.retired).toEqual([delivery]);
    expect(summary.unchanged).toEqual([refund]);
    expect(summary.painPoints).toBe(2);
    const assigned = await assignmentsById(db);
    for (const id of idsOfTopic(ids, "delivery")) expect(assigned.get(id)).toBe(arrival);
    const [gone] = await db.select().from(painPoints).where(eq(painPoints.id, delivery));
    expect(gone).toMatchObject({ status: "retired", mergedInto: arrival, size: 0 });
    const [kept] = await db.select().from(painPoints).where(eq(painPoints.id, arrival));
    expect(kept).toMatchObject({ status: "active", label: "cards", size: 10, clusteredSize: 10 });
    const lineage = await db
      .select({
        id: painPointLineage.painPointId,
        change: painPointLineage.change,
        related: painPointLineage.relatedIds,
      })
      .from(painPointLineage)
      .where(eq(painPointLineage.runId, summary.runId));
    expect(lineage).toEqual(
      expect.arrayContaining([
        { id: arrival, change: "merged", related: [delivery] },
        { id: delivery, change: "retired", related: [arrival] },
        { id: refund, change: "unchanged", related: [] },
      ]),
    );
  });

  it("retires pain points merged into a cluster that gets a new id, and points them at it", async () => {
    const db = database().db;
    const { ids, byLabel } = await firstRun({ arrival: "arrival", delivery: "delivery", refund: "refund" });
    const [arrival, delivery] = [byLabel.get("arrival"), byLabel.get("delivery")] as [string, string];

    // A threshold no score reaches: no cluster may keep an old id.
    const engine = engineFor({ arrival: "cards", delivery: "cards", refund: "refund" });
    const summary = await runClusterJob(
      { db, now: day(3), log: silentLogger, engine },
      { matchThreshold: 2 },
    );

    expect(summary.kept).toBe(0);
    const cards = (await assignmentsById(db)).get(idsOfTopic(ids, "arrival")[0] as string) as string;
    expect([arrival, delivery]).not.toContain(cards);
    const refund = (await assignmentsById(db)).get(idsOfTopic(ids, "refund")[0] as string) as string;
    expect(summary.merged.map((m) => ({ into: m.into, from: [...m.from].sort() }))).toEqual([
      { into: cards, from: [arrival, delivery].sort() },
    ]);
    // Refund's members all moved to a new pain point: a new id that says where they came from.
    expect(summary.new.sort()).toEqual([cards, refund].sort());
    const retired = await db.select().from(painPoints).where(eq(painPoints.status, "retired"));
    expect(retired.map((pp) => [pp.id, pp.mergedInto]).sort()).toEqual(
      [
        [arrival, cards],
        [delivery, cards],
        [byLabel.get("refund"), refund],
      ].sort(),
    );
  });

  it("reports one pain point that became two as a split: the larger part keeps the id", async () => {
    const db = database().db;
    const { ids, byLabel } = await firstRun({ arrival: "cards", delivery: "cards", refund: "refund" });
    const cards = byLabel.get("cards") as string;

    const engine = engineFor({ arrival: "arrival", delivery: "delivery", refund: "refund" });
    const summary = await runClusterJob({ db, now: day(3), log: silentLogger, engine }, {});

    expect(summary.split).toHaveLength(1);
    const [split] = summary.split;
    expect(split?.from).toBe(cards);
    expect(split?.into).toHaveLength(2);
    expect(split?.into).toContain(cards);
    const part = split?.into.find((id) => id !== cards) as string;
    expect(summary.new).toEqual([part]);
    expect(summary.shrunk).toEqual([cards]);
    expect(summary.retired).toEqual([]);
    const assigned = await assignmentsById(db);
    for (const id of idsOfTopic(ids, "arrival")) expect(assigned.get(id)).toBe(cards);
    for (const id of idsOfTopic(ids, "delivery")) expect(assigned.get(id)).toBe(part);
    const [lineage] = await db
      .select({ change: painPointLineage.change, related: painPointLineage.relatedIds })
      .from(painPointLineage)
      .where(eq(painPointLineage.painPointId, part));
    expect(lineage).toEqual({ change: "split", related: [cards] });
  });

  it("assigns every item or leaves it an explicit outlier, and sizes count the members", async () => {
    const db = database().db;
    const { ids, summary } = await firstRun({ arrival: "arrival", refund: "refund" });
    expect(summary).toMatchObject({ items: 15, assigned: 11, outliers: 4, painPoints: 2 });
    const assigned = await assignmentsById(db);
    for (const id of idsOfTopic(ids, "delivery")) expect(assigned.get(id)).toBeNull();
    const active = await db.select().from(painPoints).orderBy(asc(painPoints.label));
    expect(active.map((pp) => [pp.label, pp.size])).toEqual([
      ["arrival", 6],
      ["refund", 5],
    ]);
    const nonNull = [...assigned.values()].filter((v) => v !== null);
    expect(new Set(nonNull)).toEqual(new Set(active.map((pp) => pp.id)));
  });

  it("leaves the last good state in place when the switch-over fails half-way, and records the failure", async () => {
    const db = database().db;
    await firstRun({ arrival: "arrival", delivery: "delivery", refund: "refund" });
    const before = await assignmentsById(db);
    const ppBefore = await db.select().from(painPoints).orderBy(asc(painPoints.id));
    const centroidsBefore = await db
      .select()
      .from(painPointCentroids)
      .orderBy(asc(painPointCentroids.painPointId));

    // The merge retires "delivery" first; then PostgreSQL refuses the NUL in a label.
    const engine = engineFor({ arrival: "cards", delivery: "cards", refund: "re\u0000fund" });
    await expect(runClusterJob({ db, now: day(3), log: silentLogger, engine }, {})).rejects.toThrow();

    expect(await assignmentsById(db)).toEqual(before);
    expect(await db.select().from(painPoints).orderBy(asc(painPoints.id))).toEqual(ppBefore);
    expect(await db.select().from(painPointCentroids).orderBy(asc(painPointCentroids.painPointId))).toEqual(
      centroidsBefore,
    );
    const runs = await db.select().from(clusterRuns).orderBy(asc(clusterRuns.startedAt));
    expect(runs.map((r) => r.status)).toEqual(["succeeded", "failed"]);
    expect(runs[1]?.error).toBeTruthy();
    expect(
      await db
        .select()
        .from(painPointLineage)
        .where(eq(painPointLineage.runId, runs[1]?.id as string)),
    ).toEqual([]);
  });

  it("refuses to switch over when another run finished meanwhile", async () => {
    const db = database().db;
    await firstRun({ arrival: "arrival", delivery: "delivery", refund: "refund" });
    const inner = engineFor({ arrival: "cards", delivery: "cards", refund: "refund" });
    const outer = {
      ...inner,
      async cluster(docs: Parameters<typeof inner.cluster>[0], options: Parameters<typeof inner.cluster>[1]) {
        await runClusterJob({ db, now: day(3), log: silentLogger, engine: inner }, {});
        return inner.cluster(docs, options);
      },
    };
    await expect(runClusterJob({ db, now: day(4), log: silentLogger, engine: outer }, {})).rejects.toThrow(
      /another clustering run finished/,
    );
    const runs = await db.select().from(clusterRuns).orderBy(asc(clusterRuns.startedAt));
    expect(runs.map((r) => r.status)).toEqual(["succeeded", "succeeded", "failed"]);
    expect(await db.select().from(painPoints).where(eq(painPoints.status, "active"))).toHaveLength(2);
  });

  it("marks a run left running by a crashed process as failed, and only an old one", async () => {
    const db = database().db;
    await db.insert(clusterRuns).values([
      {
        id: "00000000-0000-7000-8000-000000000001",
        status: "running",
        startedAt: new Date(Date.UTC(2025, 11, 31)),
      },
      { id: "00000000-0000-7000-8000-000000000002", status: "running", startedAt: day(2) },
    ]);
    await firstRun({ arrival: "arrival", delivery: "delivery", refund: "refund" });
    const runs = await db.select().from(clusterRuns).orderBy(asc(clusterRuns.id));
    expect(runs.slice(0, 2).map((r) => [r.status, r.error])).toEqual([
      ["failed", "abandoned: the process ended before the run finished"],
      ["running", null],
    ]);
  });
});
