import { and, inArray, sql } from "drizzle-orm";
import { customers, feedback, type NewFeedbackRow } from "../../db/schema";
import type { Database } from "../../db/types";
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
  };
}

const deliveryKey = (channel: string, source: string, externalId: string) =>
  `${channel}\u0001${source}\u0001${externalId}`;

/**
 * Stores many feedback items in one multi-row statement. An item whose (channel, source,
 * externalId) is already stored, by an earlier call, a concurrent one or an earlier item of the same
 * call, is not inserted again: its result carries the stored row and `created: false`.
 */
export async function insertFeedback(
  db: Database,
  inputs: FeedbackInput[],
  now = new Date(),
): Promise<WriteResult[]> {
  if (inputs.length === 0) return [];
  const rows = inputs.map((input) => toFeedbackRow(input, now));
  const [inserted] = await Promise.all([
    db
      .insert(feedback)
      .values(rows)
      .onConflictDoNothing({
        target: [feedback.channel, feedback.source, feedback.externalId],
        where: sql.raw(`"external_id" is not null`),
      })
      .returning(),
    insertCustomers(db, inputs),
  ]);
  const byId = new Map(inserted.map((row) => [row.id, row]));
  const results: Array<WriteResult | undefined> = rows.map((row) => {
    const stored = byId.get(row.id as string);
    return stored ? { item: toFeedbackItem(stored), created: true } : undefined;
  });
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

async function insertCustomers(db: Database, inputs: FeedbackInput[]): Promise<void> {
  const seen = new Map<string, typeof customers.$inferInsert>();
  for (const { customer } of inputs) {
    const key = customerKeyOf(customer);
    if (!key || seen.has(key)) continue;
    seen.set(key, {
      key,
      externalId: customer?.id ?? null,
      email: customer?.email ?? null,
      name: customer?.name ?? null,
    });
  }
  if (seen.size === 0) return;
  await db
    .insert(customers)
    .values([...seen.values()])
    .onConflictDoNothing();
}
