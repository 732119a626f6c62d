import { sql } from "drizzle-orm";
import type { Channel } from "../../db/schema/feedback";
import { type Database, rowsOf } from "../../db/types";
import type { PainPointStats } from "../../digest/rank";
import type { DailyCounts } from "../../digest/spikes";
import type { RankWindow } from "../../digest/window";

/**
 * Ratings arrive on two scales: CSAT 1–5 and NPS 0–10. A rating above 5 or below 1 can only be NPS;
 * a sender can say so for 1–5 too with `metadata.ratingScale = "nps"`.
 */
const IS_NPS = sql`(f.rating > 5 or f.rating < 1 or f.metadata->>'ratingScale' = 'nps')`;
const SATISFACTION = sql`least(1, greatest(0, case when ${IS_NPS} then f.rating / 10 else (f.rating - 1) / 4 end))`;
// Detractors (NPS 0–6) and unhappy CSAT (1–2).
const LOW_RATING = sql`(case when ${IS_NPS} then f.rating <= 6 else f.rating <= 2 end)`;
/**
 * A negative contact: an item with a low rating, or an unrated item that is a complaint (it belongs to
 * a pain point). Customers with two or more in the window are at risk: most leave after the third.
 */
const NEGATIVE = sql`(case when f.rating is null then f.pain_point_id is not null else ${LOW_RATING} end)`;
export const AT_RISK_MIN_CONTACTS = 2;

interface StatsRow {
  id: string;
  label: string;
  keywords: string[] | string;
  count: string | number;
  previous_count: string | number;
  customers: string | number;
  at_risk: string | number;
  form: string | number;
  ticket: string | number;
  social: string | number;
  rated: string | number;
  satisfaction: string | number | null;
}

export function ts(date: Date) {
  return sql`${date.toISOString()}::timestamptz`;
}

/** Per active pain point: counts of the window and the one before, customers, at risk, channels, ratings. */
export async function loadPainPointStats(db: Database, w: RankWindow): Promise<PainPointStats[]> {
  // Shaped so that no plan depends on table statistics (PGlite never gathers any): aggregate each
  // window by pain point first, then join the few resulting rows; at-risk customers are a hashed
  // subplan, not a join.
  const result = await db.execute(sql`
    with cur as materialized (
      select f.id, f.pain_point_id, f.customer_key, f.channel, f.rating, f.metadata from feedback f
      where f.created_at >= ${ts(w.start)} and f.created_at < ${ts(w.end)}
    ),
    agg as (
      select f.pain_point_id,
        count(*) as count,
        count(distinct coalesce(f.customer_key, f.id::text)) as customers,
        count(distinct f.customer_key) filter (where f.customer_key in (
          select f.customer_key from cur f where f.customer_key is not null and ${NEGATIVE}
          group by f.customer_key having count(*) >= ${AT_RISK_MIN_CONTACTS}
        )) as at_risk,
        count(*) filter (where f.channel = 'form') as form,
        count(*) filter (where f.channel = 'ticket') as ticket,
        count(*) filter (where f.channel = 'social') as social,
        count(f.rating) as rated,
        avg(${SATISFACTION}) filter (where f.rating is not null) as satisfaction
      from cur f where f.pain_point_id is not null
      group by f.pain_point_id
    ),
    prev as (
      select f.pain_point_id, count(*) as n from feedback f
      where f.created_at >= ${ts(w.previousStart)} and f.created_at < ${ts(w.start)} and f.pain_point_id is not null
      group by f.pain_point_id
    )
    select p.id, p.label, p.keywords,
      coalesce(a.count, 0) as count, coalesce(pr.n, 0) as previous_count,
      coalesce(a.customers, 0) as customers, coalesce(a.at_risk, 0) as at_risk,
      coalesce(a.form, 0) as form, coalesce(a.ticket, 0) as ticket, coalesce(a.social, 0) as social,
      coalesce(a.rated, 0) as rated, a.satisfaction
    from pain_points p
    left join agg a on a.pain_point_id = p.id
    left join prev pr on pr.pain_point_id = p.id
    where p.status = 'active' and (a.pain_point_id is not null or pr.pain_point_id is not null)
  `);
  return rowsOf<StatsRow>(result).map((r) => {
    const channels: Partial<Record<Channel, number>> = {};
    for (const c of ["form", "ticket", "social"] as const) if (Number(r[c]) > 0) channels[c] = Number(r[c]);
    return {
      id: r.id,
      label: r.label,
      keywords: typeof r.keywords === "string" ? JSON.parse(r.keywords) : r.keywords,
      count: Number(r.count),
      previousCount: Number(r.previous_count),
      customers: Number(r.customers),
      atRiskCustomers: Number(r.at_risk),
      channels,
      ratedCount: Number(r.rated),
      satisfaction: r.satisfaction === null ? null : Number(r.satisfaction),
    };
  });
}

/** For each pain point, how many of its items in the window carry each tag (what routes it to a team). */
export async function loadTagCounts(db: Database, w: RankWindow): Promise<Map<string, Map<string, number>>> {
  const result = await db.execute(sql`
    select f.pain_point_id as id, t.tag, count(*) as n
    from feedback f join feedback_tags t on t.feedback_id = f.id
    where f.created_at >= ${ts(w.start)} and f.created_at < ${ts(w.end)} and f.pain_point_id is not null
    group by f.pain_point_id, t.tag
  `);
  const out = new Map<string, Map<string, number>>();
  for (const r of rowsOf<{ id: string; tag: string; n: string | number }>(result)) {
    const tags = out.get(r.id) ?? new Map<string, number>();
    tags.set(r.tag, Number(r.n));
    out.set(r.id, tags);
  }
  return out;
}

/**
 * Per active pain point with feedback in the last 24 hours: that count, its customers, and the
 * counts of each of the `baselineDays` 24-hour spans before it (most recent first).
 */
export async function loadDailyCounts(db: Database, now: Date, baselineDays: number): Promise<DailyCounts[]> {
  const from = new Date(now.getTime() - (baselineDays + 1) * 86_400_000);
  const dayStart = new Date(now.getTime() - 86_400_000);
  // Aggregated before joining, like the ranking, so that no plan depends on table statistics.
  const result = await db.execute(sql`
    with daily as (
      select f.pain_point_id, floor(extract(epoch from (${ts(now)} - f.created_at)) / 86400)::int as day, count(*) as n
      from feedback f
      where f.created_at >= ${ts(from)} and f.created_at < ${ts(now)} and f.pain_point_id is not null
      group by 1, 2
    ),
    today as (
      select f.pain_point_id, count(distinct coalesce(f.customer_key, f.id::text)) as customers
      from feedback f
      where f.created_at >= ${ts(dayStart)} and f.created_at < ${ts(now)} and f.pain_point_id is not null
      group by 1
    )
    select p.id, p.label, d.day, d.n, t.customers
    from today t
    join pain_points p on p.id = t.pain_point_id
    join daily d on d.pain_point_id = t.pain_point_id
    where p.status = 'active'
  `);
  const byId = new Map<string, DailyCounts>();
  for (const r of rowsOf<{
    id: string;
    label: string;
    day: number;
    n: string | number;
    customers: string | number;
  }>(result)) {
    const c = byId.get(r.id) ?? {
      painPointId: r.id,
      label: r.label,
      today: 0,
      customers: 0,
      baseline: new Array<number>(baselineDays).fill(0),
    };
    byId.set(r.id, c);
    const day = Number(r.day);
    c.customers = Number(r.customers);
    if (day === 0) c.today = Number(r.n);
    else if (day >= 1 && day <= baselineDays) c.baseline[day - 1] = Number(r.n);
  }
  return [...byId.values()];
}
