import { readFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import { feedback } from "../src/db/schema";
import type { Database } from "../src/db/types";
import { uuidv7 } from "../src/lib/ids";

export interface LabeledText {
  text: string;
  label: string;
  lang: string;
}

/** 340 labeled messages on 11 topics in English, Arabic and Hebrew (see test/fixtures/pain-points). */
export function loadFixture(): LabeledText[] {
  const url = new URL("./fixtures/pain-points/feedback.jsonl", import.meta.url);
  return readFileSync(url, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as LabeledText);
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
