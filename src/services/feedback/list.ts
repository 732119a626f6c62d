import { and, count, desc, eq, exists, gte, lt, or, type SQL, sql } from "drizzle-orm";
import { type Channel, feedback, feedbackTags } from "../../db/schema";
import type { Database } from "../../db/types";
import { AppError } from "../../lib/errors";
import { toSearchText } from "../../text/search-text";
import { tagsOf } from "./tags";
import { type FeedbackItem, toFeedbackItem } from "./types";

export interface FeedbackFilters {
  channel?: Channel | undefined;
  source?: string | undefined;
  tag?: string | undefined;
  q?: string | undefined;
  since?: Date | undefined;
  until?: Date | undefined;
}

export interface FeedbackPage {
  items: Array<FeedbackItem & { tags: string[] }>;
  nextCursor: string | null;
  total: number;
}

/** The position after which the next page starts: the last item's (createdAt, id), opaque to callers. */
export function encodeCursor(createdAt: Date, id: string): string {
  return Buffer.from(JSON.stringify([createdAt.toISOString(), id])).toString("base64url");
}

export function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as [string, string];
    const createdAt = new Date(at);
    if (typeof id !== "string" || Number.isNaN(createdAt.getTime())) throw new Error("bad cursor");
    return { createdAt, id };
  } catch {
    throw new AppError("bad_request", "cursor is not one this API returned", {
      errors: [{ path: "cursor", message: "unknown cursor" }],
    });
  }
}

const escapeLike = (term: string) => term.replace(/[\\%_]/g, (c) => `\\${c}`);

function conditionsOf(filters: FeedbackFilters): SQL[] {
  const where: SQL[] = [];
  if (filters.channel) where.push(eq(feedback.channel, filters.channel));
  if (filters.source !== undefined) where.push(eq(feedback.source, filters.source));
  if (filters.since) where.push(gte(feedback.createdAt, filters.since));
  if (filters.until) where.push(lt(feedback.createdAt, filters.until));
  if (filters.tag) {
    where.push(
      exists(
        sql`(select 1 from ${feedbackTags} where ${feedbackTags.feedbackId} = ${feedback.id} and ${feedbackTags.tag} = ${filters.tag})`,
      ),
    );
  }
  // Every word of the query must occur, in any order, ignoring case and diacritics.
  for (const term of toSearchText(filters.q ?? "")
    .split(/\s+/u)
    .filter(Boolean)) {
    where.push(sql`${feedback.searchText} like ${`%${escapeLike(term)}%`}`);
  }
  return where;
}

/** Newest first, with the total count of items matching the filters (not only this page). */
export async function listFeedback(
  db: Database,
  filters: FeedbackFilters,
  page: { limit: number; cursor?: string | undefined },
): Promise<FeedbackPage> {
  const where = conditionsOf(filters);
  const pageWhere = [...where];
  if (page.cursor) {
    const after = decodeCursor(page.cursor);
    pageWhere.push(
      or(
        lt(feedback.createdAt, after.createdAt),
        and(eq(feedback.createdAt, after.createdAt), lt(feedback.id, after.id)),
      ) as SQL,
    );
  }
  const [rows, totals] = await Promise.all([
    db
      .select()
      .from(feedback)
      .where(and(...pageWhere))
      .orderBy(desc(feedback.createdAt), desc(feedback.id))
      .limit(page.limit + 1),
    db
      .select({ total: count() })
      .from(feedback)
      .where(and(...where)),
  ]);
  const hasMore = rows.length > page.limit;
  const pageRows = hasMore ? rows.slice(0, page.limit) : rows;
  const tags = await tagsOf(
    db,
    pageRows.map((r) => r.id),
  );
  const last = pageRows.at(-1);
  return {
    items: pageRows.map((row) => ({ ...toFeedbackItem(row), tags: tags.get(row.id) ?? [] })),
    nextCursor: hasMore && last ? encodeCursor(last.createdAt, last.id) : null,
    total: totals[0]?.total ?? 0,
  };
}
