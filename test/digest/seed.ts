import { feedback, feedbackTags, painPoints } from "../../src/db/schema";
import type { Channel } from "../../src/db/schema/feedback";
import type { Database } from "../../src/db/types";
import { createSlackClient } from "../../src/digest/send";
import { uuidv7 } from "../../src/lib/ids";
import { silentLogger } from "../../src/lib/logger";
import { toSearchText } from "../../src/text/search-text";
import type { SlackStub } from "../slack-stub";

export const DAY = 86_400_000;

export async function seedPainPoint(db: Database, label: string, keywords: string[] = []): Promise<string> {
  const id = uuidv7();
  await db.insert(painPoints).values({ id, label, keywords });
  return id;
}

export interface SeedItem {
  painPointId: string | null;
  at: Date;
  text?: string;
  channel?: Channel;
  customer?: string | null;
  rating?: number | null;
  lang?: string | null;
  tags?: string[];
}

/** Inserts feedback as the ingest API would have stored it; answers the ids in order. */
export async function seedFeedback(db: Database, items: SeedItem[]): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < items.length; i += 500) {
    const rows = items.slice(i, i + 500).map((item) => {
      const id = uuidv7(item.at.getTime());
      ids.push(id);
      const text = item.text ?? "something is wrong";
      return {
        id,
        channel: item.channel ?? ("ticket" as const),
        text,
        searchText: toSearchText(text),
        lang: item.lang ?? "en",
        customerKey: item.customer === undefined ? `id:c-${id}` : item.customer,
        rating: item.rating ?? null,
        createdAt: item.at,
        painPointId: item.painPointId,
      };
    });
    await db.insert(feedback).values(rows);
  }
  const tags = items.flatMap((item, i) =>
    (item.tags ?? []).map((tag) => ({ feedbackId: ids[i] as string, tag })),
  );
  if (tags.length > 0) await db.insert(feedbackTags).values(tags);
  return ids;
}

/** `n` items spread evenly over the `days` days before `end`. */
export function spread(n: number, end: Date, days: number, item: Omit<SeedItem, "at">): SeedItem[] {
  return Array.from({ length: n }, (_, i) => ({
    ...item,
    at: new Date(end.getTime() - ((i + 0.5) / n) * days * DAY),
  }));
}

/** The production Slack client pointed at the stand-in, with fast retries so outage tests stay short. */
export function stubSlackClient(stub: SlackStub) {
  return createSlackClient({
    token: stub.token,
    apiUrl: stub.url,
    log: silentLogger,
    retryConfig: { retries: 2, minTimeout: 5, maxTimeout: 5 },
  });
}
