import { eq } from "drizzle-orm";
import { feedback, painPoints } from "../../db/schema";
import type { Database } from "../../db/types";
import { AppError } from "../../lib/errors";
import { isUuid } from "../../lib/ids";
import { tagsOf } from "./tags";
import { type FeedbackItem, toFeedbackItem } from "./types";

export interface FeedbackDetail extends FeedbackItem {
  tags: string[];
  painPoint: { id: string; label: string } | null;
}

export async function getFeedback(db: Database, id: string): Promise<FeedbackDetail> {
  const notFound = new AppError("not_found", `no feedback item with id ${id}`);
  if (!isUuid(id)) throw notFound;
  const [found] = await db
    .select({ row: feedback, painPoint: { id: painPoints.id, label: painPoints.label } })
    .from(feedback)
    .leftJoin(painPoints, eq(painPoints.id, feedback.painPointId))
    .where(eq(feedback.id, id))
    .limit(1);
  if (!found) throw notFound;
  const tags = await tagsOf(db, [id]);
  return { ...toFeedbackItem(found.row), tags: tags.get(id) ?? [], painPoint: found.painPoint };
}
