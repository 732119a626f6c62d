import { asc, eq, inArray } from "drizzle-orm";
import { feedback, feedbackTags } from "../../db/schema";
import type { Database } from "../../db/types";
import { AppError } from "../../lib/errors";
import { isUuid } from "../../lib/ids";

/** The tags of each of the given feedback items, sorted. */
export async function tagsOf(db: Database, ids: string[]): Promise<Map<string, string[]>> {
  const byId = new Map<string, string[]>();
  if (ids.length === 0) return byId;
  const rows = await db
    .select({ id: feedbackTags.feedbackId, tag: feedbackTags.tag })
    .from(feedbackTags)
    .where(inArray(feedbackTags.feedbackId, ids))
    .orderBy(asc(feedbackTags.tag));
  for (const { id, tag } of rows) {
    const list = byId.get(id);
    if (list) list.push(tag);
    else byId.set(id, [tag]);
  }
  return byId;
}

/** Replaces an item's tags (the same tag twice counts once); 404 when the item does not exist. */
export async function replaceTags(db: Database, id: string, tags: string[]): Promise<string[]> {
  if (!isUuid(id)) throw new AppError("not_found", `no feedback item with id ${id}`);
  const unique = [...new Set(tags)].sort();
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: feedback.id })
      .from(feedback)
      .where(eq(feedback.id, id))
      .for("update");
    if (!row) throw new AppError("not_found", `no feedback item with id ${id}`);
    await tx.delete(feedbackTags).where(eq(feedbackTags.feedbackId, id));
    if (unique.length > 0)
      await tx.insert(feedbackTags).values(unique.map((tag) => ({ feedbackId: id, tag })));
  });
  return unique;
}
