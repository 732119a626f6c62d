import { sql } from "drizzle-orm";
import type { ClusterEngine } from "../jobs/cluster/engine";
import { feedback } from "../src/db/schema";
import type { Database } from "../src/db/types";
import { uuidv7 } from "../src/lib/ids";
import { readJsonl } from "./jsonl";

export interface LabeledText {
  text: string;
  label: string;
  lang: string;
}

/** 340 labeled messages on 11 topics in English, Arabic and Hebrew (see test/fixtures/pain-points). */
export function loadFixture(): LabeledText[] {
  return readJsonl<LabeledText>(new URL("./fixtures/pain-points/feedback.jsonl", import.meta.url));
}

/** Stores the texts as feedback received at `at`; answers their ids in input order. */
export async function seedFeedback(db: Database, rows: readonly LabeledText[], at: Date): Promise<string[]> {
  const values = rows.map((row, i) => ({
    id: uuidv7(at.getTime() + i),
    channel: "form" as const,
    text: row.text,
    searchText: row.text.toLowerCase(),
    lang: row.lang,
    createdAt: at,
    receivedAt: at,
  }));
  for (let start = 0; start < values.length; start += 500) {
    await db.insert(feedback).values(values.slice(start, start + 500));
  }
  return values.map((v) => v.id);
}

/** Every feedback item's pain point (null: outlier or unassigned), by feedback id. */
export async function assignmentsById(db: Database): Promise<Map<string, string | null>> {
  const rows = await db.select({ id: feedback.id, painPointId: feedback.painPointId }).from(feedback);
  return new Map(rows.map((r) => [r.id, r.painPointId]));
}

export async function resetClusterTables(db: Database): Promise<void> {
  await db.execute(
    sql`truncate feedback_tags, feedback, pain_point_lineage, pain_point_centroids, cluster_runs, pain_points cascade`,
  );
}

/** Lowercased words with their counts: the stand-in engine's features. */
export function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (word) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

/**
 * A stand-in for the clustering engine that groups texts as it is told: `groupOf` maps a text to
 * a cluster name (undefined: outlier). Clusters come out in order of first appearance, each with
 * the mean of its members' word counts as centroid, so runs can be scripted exactly.
 */
export function scriptedEngine(groupOf: (text: string) => string | undefined): ClusterEngine {
  return {
    featureCounts: (text) => wordCounts(text),
    cluster(docs) {
      const names: string[] = [];
      const assignments = new Int32Array(docs.length).fill(-1);
      docs.forEach((doc, i) => {
        const name = groupOf(doc.text);
        if (name === undefined) return;
        let c = names.indexOf(name);
        if (c < 0) c = names.push(name) - 1;
        assignments[i] = c;
      });
      const clusters = names.map((name, c) => {
        const sum = new Map<string, number>();
        const members: number[] = [];
        docs.forEach((doc, i) => {
          if (assignments[i] !== c) return;
          members.push(i);
          for (const [w, n] of wordCounts(doc.text)) sum.set(w, (sum.get(w) ?? 0) + n);
        });
        return {
          label: name,
          keywords: [name],
          lang: "en",
          centroid: [...sum.entries()],
          representatives: members.slice(0, 3),
        };
      });
      const idf = new Map<string, number>();
      for (const c of clusters) for (const [w] of c.centroid) idf.set(w, 1);
      return { k: names.length, assignments, clusters, space: { idf, unknownIdf: 1 } };
    },
  };
}
