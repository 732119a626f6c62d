/**
 * `npm run bench -- digest [--rows 200000] [--pain-points 200] [--customers 50000] [--pglite]`
 *
 * The digest's database work on synthetic feedback spread over 14 days (a throwaway PostgreSQL
 * database on BENCH_DATABASE_URL's server, default local, or in-memory PGlite): the ranking query,
 * the whole dry-run plan (ranking, routing, quotes, Block Kit) and the spike alerts' daily counts,
 * each beside the anchor of a bare `count(*) group by pain point` over the same window.
 */
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { planDigests } from "../jobs/digest/plan";
import { windowEndingAt } from "../src/digest/window";
import { loadDailyCounts, loadPainPointStats } from "../src/services/ranking/stats";
import { createTeam } from "../src/services/teams/teams";
import { openThrowawayDatabase } from "./throwaway-db";

async function timed<T>(fn: () => Promise<T>, repeats = 3): Promise<{ ms: number; result: T }> {
  let best = Number.POSITIVE_INFINITY;
  let result: T | undefined;
  for (let i = 0; i < repeats; i++) {
    const started = performance.now();
    result = await fn();
    best = Math.min(best, performance.now() - started);
  }
  return { ms: best, result: result as T };
}

export async function run(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      rows: { type: "string", default: "200000" },
      "pain-points": { type: "string", default: "200" },
      customers: { type: "string", default: "50000" },
      pglite: { type: "boolean", default: false },
    },
  });
  const rows = Number(values.rows);
  const painPoints = Number(values["pain-points"]);
  const customers = Number(values.customers);
  const now = new Date("2026-11-23T08:00:00Z");
  const handle = await openThrowawayDatabase("pp_bench_digest", values.pglite);
  const { db } = handle;
  try {
    const seeded = performance.now();
    // Pain point sizes follow a long tail (i² skew); a tenth of the items carry a tag, 30% a rating.
    await db.execute(sql`
      insert into pain_points (id, label, keywords)
      select gen_random_uuid(), 'pain point ' || i, '["a","b"]'::jsonb from generate_series(1, ${painPoints}) i`);
    await db.execute(sql`
      insert into feedback (id, channel, text, search_text, lang, customer_key, rating, created_at, pain_point_id)
      select gen_random_uuid(), (array['ticket','form','social'])[1 + (i % 3)],
        'customer text number ' || i, 'customer text number ' || i, 'en',
        'id:c' || (hashint4(i) & 2147483647) % ${customers},
        case when i % 10 < 3 then 1 + (i % 5) end,
        ${now.toISOString()}::timestamptz - ((hashint4(i * 7) & 2147483647) % 1209600) * interval '1 second',
        p.ids[1 + floor(((hashint4(i * 13) & 2147483647) / 2147483648.0) ^ 2 * ${painPoints})::int]
      from generate_series(1, ${rows}) i
      cross join (select array_agg(id order by id) as ids from pain_points) p`);
    await db.execute(sql`
      insert into feedback_tags (feedback_id, tag)
      select id, 'team-' || (abs(hashtext(id::text || 'team')) % 5) from feedback where abs(hashtext(id::text)) % 10 = 0`);
    for (let t = 0; t < 5; t++)
      await createTeam(db, { name: `Team ${t}`, slackChannel: `#team-${t}`, tags: [`team-${t}`] });
    await db.execute(sql`analyze`);
    process.stderr.write(
      `seeded ${rows.toLocaleString("en")} items, ${painPoints} pain points, ${customers.toLocaleString("en")} customers (${handle.kind}) in ${((performance.now() - seeded) / 1000).toFixed(1)} s\n`,
    );

    const window = windowEndingAt(now, 7);
    const anchor = await timed(() =>
      db.execute(sql`
        select pain_point_id, count(*) from feedback
        where created_at >= ${window.previousStart.toISOString()}::timestamptz and created_at < ${now.toISOString()}::timestamptz
        group by pain_point_id`),
    );
    const stats = await timed(() => loadPainPointStats(db, window));
    const plan = await timed(() =>
      planDigests(db, { now, windowDays: 7, limit: 5, defaultChannel: "#product", publicUrl: "https://x" }),
    );
    const daily = await timed(() => loadDailyCounts(db, now, 14));
    const line = (name: string, ms: number, note: string) =>
      process.stdout.write(`${name.padEnd(34)}${ms.toFixed(0).padStart(7)} ms   ${note}\n`);
    line("anchor: count(*) by pain point", anchor.ms, "two windows, no customers");
    line("ranking stats (loadPainPointStats)", stats.ms, `${stats.result.length} pain points`);
    line(
      "digest plan (dry run, no Slack)",
      plan.ms,
      `${plan.result.digests.length} messages: ${plan.result.digests.map((d) => d.message.channel).join(" ")}`,
    );
    line("alert daily counts (15 days)", daily.ms, `${daily.result.length} pain points`);
  } finally {
    await handle.drop();
  }
}
