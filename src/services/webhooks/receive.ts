import type { IntegrationRow, Provider } from "../../db/schema";
import type { Database } from "../../db/types";
import { AppError, fieldErrors } from "../../lib/errors";
import { FeedbackInput } from "../../routes/feedback/schemas";
import type { FeedbackWriter } from "../feedback/write";
import { PROVIDER_ADAPTERS } from "./index";
import { recordRating } from "./record-rating";

export type Receipt =
  | { status: "created" | "duplicate" | "rated"; id: string; event: string }
  | { status: "ignored"; event: string; reason: string };

export interface Delivery {
  provider: Provider;
  /** The integration the URL names, if it exists. */
  integration: IntegrationRow | undefined;
  headers: { get(name: string): string | null };
  /** The body exactly as received: signatures are over these bytes. */
  body: Uint8Array;
  now: Date;
}

function parseJson(body: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body));
  } catch {
    throw new AppError("bad_request", "the body is not valid UTF-8 JSON");
  }
}

/**
 * One webhook delivery: checked against its integration's secret, mapped to a feedback item, stored
 * once. Redelivery answers the stored item; a rating that arrives for a stored item is recorded on it.
 */
export async function receiveDelivery(
  db: Database,
  writeFeedback: FeedbackWriter,
  delivery: Delivery,
): Promise<Receipt> {
  const { provider, integration } = delivery;
  if (!integration || integration.provider !== provider) {
    throw new AppError("not_found", `no ${provider} integration with this id`);
  }
  const adapter = PROVIDER_ADAPTERS[provider];
  const verification = await adapter.verify({
    headers: delivery.headers,
    body: delivery.body,
    secret: integration.secret,
    now: delivery.now,
  });
  if (!verification.ok) throw new AppError("unauthorized", `delivery refused: ${verification.reason}`);

  const mapped = adapter.map(parseJson(delivery.body));
  if (mapped.kind === "ignored") return { status: "ignored", event: mapped.event, reason: mapped.reason };
  if (mapped.kind === "invalid") {
    throw new AppError("validation", `the ${mapped.event} payload lacks what a feedback item needs`, {
      errors: mapped.errors,
    });
  }
  const parsed = FeedbackInput.safeParse(mapped.item);
  if (!parsed.success) {
    throw new AppError("validation", `the ${mapped.event} payload does not make a valid feedback item`, {
      errors: fieldErrors(parsed.error.issues),
    });
  }
  const [result] = await writeFeedback(db, [parsed.data]);
  if (!result) throw new Error("the writer returned no result");
  const { item } = result;
  if (result.created) return { status: "created", id: item.id, event: mapped.event };
  const rating = parsed.data.rating;
  if (rating !== undefined && item.rating !== rating) {
    const comment = parsed.data.metadata?.csatComment;
    await recordRating(db, item.id, rating, typeof comment === "string" ? comment : undefined);
    return { status: "rated", id: item.id, event: mapped.event };
  }
  return { status: "duplicate", id: item.id, event: mapped.event };
}
