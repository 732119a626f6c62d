import type { Channel, CustomerRef, FeedbackRow } from "../../db/schema";

/** A feedback item as a caller sends it (validated at the edge). */
export interface FeedbackInput {
  channel: Channel;
  text: string;
  source?: string | undefined;
  externalId?: string | undefined;
  customer?: CustomerRef | undefined;
  rating?: number | undefined;
  createdAt?: string | undefined;
  lang?: string | undefined;
  metadata?: Record<string, unknown> | undefined;
}

/** A stored feedback item as the API shows it. */
export interface FeedbackItem {
  id: string;
  channel: Channel;
  source: string | null;
  externalId: string | null;
  text: string;
  lang: string | null;
  customer: CustomerRef | null;
  rating: number | null;
  createdAt: string;
  receivedAt: string;
  metadata: Record<string, unknown> | null;
  painPointId: string | null;
}

export interface WriteResult {
  item: FeedbackItem;
  /** False when the same (channel, source, externalId) was already stored. */
  created: boolean;
}

export function toFeedbackItem(row: FeedbackRow): FeedbackItem {
  return {
    id: row.id,
    channel: row.channel,
    source: row.source === "" ? null : row.source,
    externalId: row.externalId,
    text: row.text,
    lang: row.lang,
    customer: row.customer,
    rating: row.rating,
    createdAt: row.createdAt.toISOString(),
    receivedAt: row.receivedAt.toISOString(),
    metadata: row.metadata,
    painPointId: row.painPointId,
  };
}
