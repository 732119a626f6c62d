import { and, inArray, sql } from "drizzle-orm";
import { type FeedbackRow, feedback, type NewFeedbackRow } from "../../db/schema";
import { type Database, rowsOf } from "../../db/types";
import { uuidv7 } from "../../lib/ids";
import { detectLanguage } from "../../text/detect-language";
import { toSearchText } from "../../text/search-text";
import { customerKeyOf, stripNul, stripNulDeep } from "./sanitize";
import { type FeedbackInput, toFeedbackItem, type WriteResult } from "./types";

export function toFeedbackRow(input: FeedbackInput, receivedAt: Date): NewFeedbackRow {
  const text = stripNul(input.text);
  return {
    id: uuidv7(receivedAt.getTime()),
    channel: input.channel,
    source: input.source ?? "",
    externalId: input.externalId ?? null,
    text,
    searchText: toSearchText(text),
    lang: input.lang ?? detectLanguage(text) ?? null,
    customerKey: customerKeyOf(input.customer),
    customer: input.customer ?? null,
    rating: input.rating ?? null,
    metadata: input.metadata ? (stripNulDeep(input.metadata) as Record<string, unknown>) : null,
    createdAt: input.createdAt ? new Date(input.createdAt) : receivedAt,
    receivedAt,
    painPointId: null,
  };
}

const deliveryKey = (channel: string, source: string, externalId: string) =>
  `${channel}\u0001${source}\u0001${externalId}`;

// One statement per batch: the rows travel as a single JSON parameter; new customers and the
// feedback rows are inserted together, so a batch costs one round trip and one commit.
const INSERT_BATCH = `
with input as (
  select * from jsonb_to_recordset($1::jsonb) as x(
    ord int, id uuid, channel text, source text, external_id text, text text, search_text text,
    lang text, customer_key text, customer jsonb, rating float8, metadata jsonb,
    created_at timestamptz, received_at timestamptz)
), new_customers as (
  insert into customers (key, external_id, email, name)
  select distinct on (customer_key) customer_key, customer->>'id', customer->>'email', customer->>'name'
  from input where customer_key is not null order by customer_key, ord
  on conflict do nothing
)
insert into feedback (id, channel, source, external_id, text, search_text, lang, customer_key, customer,
  rating, metadata, created_at, received_at)
select id, channel, source, external_id, text, search_text, lang, customer_key, customer, rating, metadata,
  created_at, received_at
from input order by ord
on conflict (channel, source, external_id) where external_id is not null do nothing
returning id`;
const [BATCH_HEAD, BATCH_TAIL] = INSERT_BATCH.split("$1") as [string, string];

/**
 * Stores many feedback items in one statement. An item whose (channel, source, externalId) is
 * already stored, by an earlier call, a concurrent one or an earlier item of the same call, is not
 * inserted again: its result carries the stored row and `created: false`.
 */
export async function insertFeedback(
  db: Database,
  inputs: FeedbackInput[],
  now = new Date(),
): Promise<WriteResult[]> {
  if (inputs.length === 0) return [];
  const rows = inputs.map((input) => toFeedbackRow(input, now));
  const payload = JSON.stringify(
    rows.map((row, ord) => ({
      ord,
      id: row.id,
      channel: row.channel,
      source: row.source,
      external_id: row.externalId,
      text: row.text,
      search_text: row.searchText,
      lang: row.lang,
      customer_key: row.customerKey,
      customer: row.customer,
      rating: row.rating,
      metadata: row.metadata,
      created_at: (row.createdAt as Date).toISOString(),
      received_at: now.toISOString(),
    })),
  );
  const result = await db.execute(sql`${sql.raw(BATCH_HEAD)}${payload}${sql.raw(BATCH_TAIL)}`);
  const inserted = new Set(rowsOf<{ id: string }>(result).map((r) => r.id));
  const results: Array<WriteResult | undefined> = rows.map((row) =>
    inserted.has(row.id as string) ? { item: toFeedbackItem(row as FeedbackRow), created: true } : undefined,
  );
  const missing = rows.filter((row, i) => results[i] === undefined && row.externalId);
  if (missing.length > 0) {
    const existing = await db
      .select()
      .from(feedback)
      .where(
        and(
          inArray(feedback.externalId, [...new Set(missing.map((r) => r.externalId as string))]),
          inArray(feedback.channel, [...new Set(missing.map((r) => r.channel))]),
        ),
      );
    const byKey = new Map(
      existing.map((row) => [deliveryKey(row.channel, row.source, row.externalId ?? ""), row]),
    );
    rows.forEach((row, i) => {
      if (results[i]) return;
      const stored = byKey.get(deliveryKey(row.channel, row.source ?? "", row.externalId ?? ""));
      if (stored) results[i] = { item: toFeedbackItem(stored), created: false };
    });
  }
  return results.map((result, i) => {
    if (!result) throw new Error(`feedback item ${i} was neither inserted nor found`);
    return result;
  });
}
