import { sql } from "drizzle-orm";
import { type Database, rowsOf } from "../../db/types";
import type { QuoteCandidate } from "../../digest/quotes";
import type { RankWindow } from "../../digest/window";
import { ts } from "./stats";

const REPRESENTATIVES = 10;
// A representative id that is not a uuid must not fail the cast (and the digest with it).
const UUID = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";

/**
 * Items of each pain point in the window to quote from: first those the clustering found closest to
 * the pain point's centre (its representatives, best first), then the newest (up to `perPainPoint`).
 */
export async function loadQuoteCandidates(
  db: Database,
  painPointIds: readonly string[],
  w: RankWindow,
  perPainPoint = 30,
): Promise<Map<string, QuoteCandidate[]>> {
  const out = new Map<string, QuoteCandidate[]>();
  if (painPointIds.length === 0) return out;
  const ids = sql.join(
    painPointIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const inWindow = sql`f.created_at >= ${ts(w.start)} and f.created_at < ${ts(w.end)}`;
  const result = await db.execute(sql`
    select id, text, lang, channel, rating, customer_key, pain_point_id from (
      select f.id, f.text, f.lang, f.channel, f.rating, f.customer_key, f.pain_point_id, r.ord as ord
      from pain_points p
      cross join lateral jsonb_array_elements_text(p.representative_ids) with ordinality as r(fid, ord)
      join feedback f on f.id = (case when r.fid ~* ${UUID} then r.fid::uuid end) and f.pain_point_id = p.id
      where p.id in (${ids}) and r.ord <= ${REPRESENTATIVES} and ${inWindow}
      union all
      select id, text, lang, channel, rating, customer_key, pain_point_id, ${REPRESENTATIVES} + rn as ord from (
        select f.id, f.text, f.lang, f.channel, f.rating, f.customer_key, f.pain_point_id,
          row_number() over (partition by f.pain_point_id order by f.created_at desc, f.id desc) as rn
        from feedback f
        where f.pain_point_id in (${ids}) and ${inWindow}
      ) newest where rn <= ${perPainPoint}
    ) c
    order by pain_point_id, ord
  `);
  type Row = Omit<QuoteCandidate, "customerKey"> & { customer_key: string | null; pain_point_id: string };
  const seen = new Set<string>();
  for (const r of rowsOf<Row>(result)) {
    if (seen.has(r.id)) continue;
    seen.add(r.id);
    const list = out.get(r.pain_point_id) ?? [];
    list.push({
      id: r.id,
      text: r.text,
      lang: r.lang,
      channel: r.channel,
      rating: r.rating === null ? null : Number(r.rating),
      customerKey: r.customer_key,
    });
    out.set(r.pain_point_id, list);
  }
  return out;
}
