import { eq, sql } from "drizzle-orm";
import { feedback } from "../../db/schema";
import type { Database } from "../../db/types";

/**
 * Sets the rating of an item stored before its rating arrived (a helpdesk sends the satisfaction survey
 * result days after the ticket), with the rating's comment merged into the metadata.
 */
export async function recordRating(
  db: Database,
  id: string,
  rating: number,
  comment: string | undefined,
): Promise<void> {
  const patch = comment === undefined ? {} : { csatComment: comment };
  await db
    .update(feedback)
    .set({
      rating,
      metadata: sql`coalesce(${feedback.metadata}, '{}'::jsonb) || ${JSON.stringify(patch)}::jsonb`,
    })
    .where(eq(feedback.id, id));
}
