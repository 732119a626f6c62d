import { asc, eq, inArray } from "drizzle-orm";
import { beforeEach, expect, it } from "vitest";
import { assignNewFeedback, runClusterJob } from "../jobs/cluster";
import { loadClusterEngine } from "../jobs/cluster/engine-default";
import { clusterRuns, feedback, painPoints } from "../src/db/schema";
import type { Logger } from "../src/lib/logger";
import { silentLogger } from "../src/lib/logger";
import {
  assignmentsById,
  type LabeledText,
  loadFixture,
  resetClusterTables,
  seedFeedback,
} from "./cluster-job-helpers";
import { describeEachDatabase } from "./db";

const day = (d: number) => new Date(Date.UTC(2026, 0, d));
const fixture = loadFixture();

/** The topic most members of each pain point have, by pain point id. */
function topicOfPainPoint(assigned: Map<string, string | null>, labelOf: Map<string, string>) {
  const counts = new Map<string, Map<string, number>>();
  for (const [id, pp] of assigned) {
    if (!pp) continue;
    const byLabel = counts.get(pp) ?? new Map<string, number>();
    const label = labelOf.get(id) as string;
    byLabel.set(label, (byLabel.get(label) ?? 0) + 1);
    counts.set(pp, byLabel);
  }
  return new Map([...counts].map(([pp, byLabel]) => [pp, [...byLabel].sort((a, b) => b[1] - a[1])[0]?.[0]]));
}

describeEachDatabase("cluster job", (database) => {
  beforeEach(async () => {
    await resetClusterTables(database().db);
  });

  async function seed(rows: readonly LabeledText[], at: Date, labelOf: Map<string, string>) {
    const ids = await seedFeedback(database().db, rows, at);
    ids.forEach((id, i) => {
      labelOf.set(id, (rows[i] as LabeledText).label);
    });
    return ids;
  }

  it("keeps pain point ids across two runs over slightly changed data, and all of them on unchanged data", async () => {
    const db = database().db;
    const labelOf = new Map<string, string>();
    const heldOut = fixture.slice(0, 17);
    const ids = await seed(fixture.slice(17), day(1), labelOf);
    const first = await runClusterJob({ db, now: day(2), log: silentLogger }, {});
    expect(first.kept).toBe(0);
    expect(first.new).toHaveLength(first.painPoints);

    // Unchanged data: every pain point keeps its id and hardly an item moves (the clusters start
    // from the pain points and are only settled; measured: none of 323 moved).
    const before = await assignmentsById(db);
    const again = await runClusterJob({ db, now: day(3), log: silentLogger }, {});
    expect(again.kept).toBe(first.painPoints);
    const moved = [...(await assignmentsById(db))].filter(([id, pp]) => before.get(id) !== pp).length;
    expect(moved / before.size).toBeLessThanOrEqual(0.02);

    // 5% changed: 17 items deleted, 17 others arrive.
    await db.delete(feedback).where(inArray(feedback.id, ids.slice(0, 17)));
    await seed(heldOut, day(4), labelOf);
    const second = await runClusterJob({ db, now: day(5), log: silentLogger }, {});
    // The automatically chosen k is kept while the data drifts by less than 20%.
    expect([first.kSource, again.kSource, second.kSource]).toEqual(["chosen", "kept", "kept"]);
    // Measured: 19 of 19 ids and 305 of 306 items kept (before the refinement: 303 of 306).
    expect(second.kept / second.painPoints).toBeGreaterThanOrEqual(0.9);
    const after = await assignmentsById(db);
    let same = 0;
    let both = 0;
    for (const [id, pp] of after) {
      if (!before.has(id)) continue;
      both++;
      if (before.get(id) === pp) same++;
    }
    expect(same / both).toBeGreaterThanOrEqual(0.9);
    const runs = await db.select().from(clusterRuns).orderBy(asc(clusterRuns.startedAt));
    expect(runs.map((r) => [r.status, r.itemCount])).toEqual([
      ["succeeded", 323],
      ["succeeded", 323],
      ["succeeded", 323],
    ]);
  });

  it("gives the same feedback imported again in another order the same pain points", async () => {
    const db = database().db;
    // Each pain point as its label and its members' texts: what a reader of the digest sees.
    const painPointsByText = async () => {
      const labels = new Map((await db.select().from(painPoints)).map((pp) => [pp.id, pp.label]));
      const rows = await db.select({ text: feedback.text, painPointId: feedback.painPointId }).from(feedback);
      const members = new Map<string, string[]>();
      for (const row of rows) {
        const key = labels.get(row.painPointId ?? "") ?? "(none)";
        members.set(key, [...(members.get(key) ?? []), row.text]);
      }
      return [...members].map(([label, texts]) => [label, texts.sort()]).sort();
    };
    await seed(fixture, day(1), new Map());
    await runClusterJob({ db, now: day(2), log: silentLogger }, {});
    const first = await painPointsByText();
    await resetClusterTables(db);
    await seed([...fixture].reverse(), day(1), new Map());
    await runClusterJob({ db, now: day(2), log: silentLogger }, {});
    expect(await painPointsByText()).toEqual(first);
  });

  it("gives a language that starts writing in between runs pain points of its own while it keeps k", async () => {
    const db = database().db;
    const labelOf = new Map<string, string>();
    const hebrew = fixture.filter((row) => row.lang === "he");
    await seed(
      fixture.filter((row) => row.lang !== "he"),
      day(1),
      labelOf,
    );
    const first = await runClusterJob({ db, now: day(2), log: silentLogger }, {});
    const hebrewIds = await seed(hebrew, day(3), labelOf);
    const second = await runClusterJob({ db, now: day(4), log: silentLogger }, {});
    // 36 messages more on 304 keep the k chosen before; the earlier pain points all stay.
    expect(second.kSource).toBe("kept");
    expect(second.kept).toBe(first.painPoints);
    // The three Hebrew topics (app crashes, late deliveries, password resets) get one each: with a
    // share of the kept k they were two pain points, two topics in one.
    const assigned = await assignmentsById(db);
    const topics = topicOfPainPoint(new Map(hebrewIds.map((id) => [id, assigned.get(id) ?? null])), labelOf);
    expect(new Set(topics.values())).toEqual(new Set(["app_crash", "delivery_late", "password_reset"]));
    for (const id of hebrewIds) expect(topics.get(assigned.get(id) as string)).toBe(labelOf.get(id));
  });

  it("assigns new feedback between runs to the pain point of its topic, and leaves unrelated text alone", async () => {
    const db = database().db;
    const labelOf = new Map<string, string>();
    const heldOut = fixture.slice(0, 34);
    await seed(fixture.slice(34), day(1), labelOf);
    await runClusterJob({ db, now: day(2), log: silentLogger }, {});
    const topicOf = topicOfPainPoint(await assignmentsById(db), labelOf);
    const sizesBefore = new Map((await db.select().from(painPoints)).map((pp) => [pp.id, pp.size]));

    const newIds = await seed(heldOut, day(3), labelOf);
    const unrelated = await seed(
      [
        { text: "The weather in Lisbon is lovely today, we went to the beach.", label: "none", lang: "en" },
        { text: "קניתי אתמול ספר חדש על ההיסטוריה של רומא", label: "none", lang: "he" },
      ],
      day(3),
      labelOf,
    );
    const summary = await assignNewFeedback({ db, now: day(3), log: silentLogger });
    expect(summary.considered).toBe(36);
    const assigned = await assignmentsById(db);
    for (const id of unrelated) expect(assigned.get(id)).toBeNull();
    const joined = newIds.filter((id) => assigned.get(id));
    expect(joined.length).toBe(summary.assigned);
    expect(joined.length).toBeGreaterThanOrEqual(heldOut.length / 2);
    const right = joined.filter((id) => topicOf.get(assigned.get(id) as string) === labelOf.get(id));
    // Picking at random would be right about one time in eleven.
    expect(right.length / joined.length).toBeGreaterThanOrEqual(0.7);

    const sizesAfter = await db.select().from(painPoints);
    const grown = sizesAfter.reduce((sum, pp) => sum + pp.size - (sizesBefore.get(pp.id) ?? 0), 0);
    expect(grown).toBe(joined.length);
    // A second call finds nothing new to place.
    const repeat = await assignNewFeedback({ db, now: day(3), log: silentLogger });
    expect(repeat.assigned).toBe(0);
  });

  it("does nothing between runs before the first run", async () => {
    const db = database().db;
    await seed(fixture.slice(0, 5), day(1), new Map());
    expect(await assignNewFeedback({ db, now: day(2), log: silentLogger })).toMatchObject({
      runId: null,
      assigned: 0,
    });
  });

  it("leaves the previous pain points and assignments untouched when the engine fails, and records the run", async () => {
    const db = database().db;
    await seed(fixture, day(1), new Map());
    await runClusterJob({ db, now: day(2), log: silentLogger }, {});
    const before = await assignmentsById(db);
    const painPointsBefore = await db.select().from(painPoints).orderBy(asc(painPoints.id));
    const real = await loadClusterEngine();
    const broken = {
      ...real,
      cluster: () => {
        throw new Error("out of memory in k-means");
      },
    };
    await expect(
      runClusterJob({ db, now: day(3), log: silentLogger, engine: broken }, { k: 5 }),
    ).rejects.toThrow("out of memory in k-means");
    expect(await assignmentsById(db)).toEqual(before);
    expect(await db.select().from(painPoints).orderBy(asc(painPoints.id))).toEqual(painPointsBefore);
    const [failed] = await db.select().from(clusterRuns).where(eq(clusterRuns.status, "failed"));
    expect(failed).toMatchObject({ error: "out of memory in k-means", params: { k: 5, seed: 42 } });
    expect(failed?.finishedAt).not.toBeNull();
  });

  it("assigns every item, leaves those without words as explicit outliers, reports progress and one log line", async () => {
    const db = database().db;
    const labelOf = new Map<string, string>();
    await seed(fixture.slice(0, 120), day(1), labelOf);
    const empty = await seed(
      [
        { text: "???", label: "none", lang: "en" },
        { text: "... !!!", label: "none", lang: "en" },
      ],
      day(1),
      labelOf,
    );
    const stages = new Set<string>();
    const lines: string[] = [];
    const log: Logger = { ...silentLogger, info: (msg) => lines.push(msg) };
    const summary = await runClusterJob({ db, now: day(2), log, progress: (stage) => stages.add(stage) }, {});
    expect(summary).toMatchObject({ items: 122, outliers: 2, assigned: 120 });
    const assigned = await assignmentsById(db);
    for (const id of empty) expect(assigned.get(id)).toBeNull();
    const active = await db.select().from(painPoints).where(eq(painPoints.status, "active"));
    const activeIds = new Set(active.map((pp) => pp.id));
    for (const [id, pp] of assigned) if (!empty.includes(id)) expect(activeIds.has(pp as string)).toBe(true);
    expect(active.reduce((sum, pp) => sum + pp.size, 0)).toBe(120);
    expect([...stages]).toEqual(expect.arrayContaining(["read", "match", "write"]));
    expect(lines).toEqual([
      `clustered 122 items into ${summary.painPoints} pain points in ${(summary.durationMs / 1000).toFixed(1)} s`,
    ]);
  });
});
