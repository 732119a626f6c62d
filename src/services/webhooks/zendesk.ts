import { concatBytes, equalBytes, fromBase64, hmac, toBase64, utf8 } from "./crypto";
import {
  customerOf,
  feedbackOf,
  ignored,
  invalid,
  isObject,
  isoFrom,
  type Json,
  objectAt,
  str,
  tagsOf,
} from "./fields";
import { csatFromGoodBad } from "./ratings";
import {
  type MappedDelivery,
  type ProviderAdapter,
  type SignedDelivery,
  staleSignature,
  type Verification,
} from "./types";

export const ZENDESK_SIGNATURE = "x-zendesk-webhook-signature";
export const ZENDESK_TIMESTAMP = "x-zendesk-webhook-signature-timestamp";

/** Zendesk signs base64(HMAC-SHA256(secret, timestamp + body)); the timestamp is ISO-8601. */
export async function signZendesk(secret: string, timestamp: string, body: Uint8Array): Promise<string> {
  return toBase64(await hmac("SHA-256", secret, concatBytes(utf8(timestamp), body)));
}

export async function verifyZendesk({ headers, body, secret, now }: SignedDelivery): Promise<Verification> {
  const signature = headers.get(ZENDESK_SIGNATURE);
  const timestamp = headers.get(ZENDESK_TIMESTAMP);
  if (!signature || !timestamp) {
    return {
      ok: false,
      reason: "missing X-Zendesk-Webhook-Signature or X-Zendesk-Webhook-Signature-Timestamp",
    };
  }
  const signedAt = Date.parse(timestamp);
  if (Number.isNaN(signedAt)) return { ok: false, reason: "the signature timestamp is not a date" };
  const stale = staleSignature(now, signedAt);
  if (stale) return stale;
  const given = fromBase64(signature.trim());
  if (!given) return { ok: false, reason: "the signature is not base64" };
  // Zendesk documents timestamp + body, but the worked example of its Event Connectors page signs body +
  // timestamp. Both are accepted: neither can be made without the secret, and JSON cannot begin with an
  // ISO timestamp, so one order's signature never vouches for another body in the other order.
  const [timestampFirst, bodyFirst] = await Promise.all([
    hmac("SHA-256", secret, concatBytes(utf8(timestamp), body)),
    hmac("SHA-256", secret, concatBytes(body, utf8(timestamp))),
  ]);
  const matches = equalBytes(given, timestampFirst) || equalBytes(given, bodyFirst);
  return matches ? { ok: true } : { ok: false, reason: "the signature does not match" };
}

const EVENT_PREFIX = "zen:event-type:";
const TICKET_CREATED_EVENT = "zen:event-type:ticket.created";
const TEMPLATE_EVENTS = new Set(["ticket.created", "satisfaction.rated"]);

/**
 * `{{ticket.description}}` renders the first comment under a rule of dashes and an "author, date"
 * line; the feedback is what follows.
 */
export function stripCommentHeader(text: string): string {
  const match = /^\s*-{5,}\s*\n(?:\s*\n)*[^\n]*\n/.exec(text);
  return match ? text.slice(match[0].length).trim() : text.trim();
}

/** An event subscription's payload (`zen:event-type:ticket.created`): ids only, no requester details. */
function mapTicketEvent(payload: Json, event: string): MappedDelivery {
  if (event !== TICKET_CREATED_EVENT) return ignored(event, "only ticket.created carries new feedback");
  const detail = objectAt(payload, "detail") ?? {};
  const id = str(detail.id);
  if (!id) return invalid(event, "detail.id", "the ticket id is missing");
  const body = str(detail.description) ?? str(detail.subject);
  if (!body) return ignored(event, "the ticket has no text: no description, no subject");
  return feedbackOf({
    event,
    channel: "ticket",
    source: "zendesk",
    externalId: id,
    body,
    customer: customerOf({ id: detail.requester_id }),
    createdAt: isoFrom(detail.created_at) ?? isoFrom(payload.time),
    metadata: {
      event,
      subject: str(detail.subject),
      priority: str(detail.priority),
      status: str(detail.status),
      type: str(detail.type),
      tags: tagsOf(detail.tags),
      channel: str(objectAt(detail, "via")?.channel),
      zendeskEventId: str(payload.id),
    },
  });
}

/** The JSON body of the trigger template documented in docs/webhooks.md. */
function mapTriggerTemplate(payload: Json, ticket: Json): MappedDelivery {
  const event = str(payload.event) ?? "ticket.created";
  if (!TEMPLATE_EVENTS.has(event))
    return ignored(event, "only ticket.created and satisfaction.rated are stored");
  const satisfaction = objectAt(payload, "satisfaction") ?? {};
  const rating = csatFromGoodBad(satisfaction.rating);
  if (event === "satisfaction.rated" && rating === undefined) {
    return ignored(event, "no good or bad rating in satisfaction.rating (offered, unoffered or empty)");
  }
  const id = str(ticket.id);
  if (!id) return invalid(event, "ticket.id", "the ticket id is missing");
  const description = str(ticket.description);
  const body = (description && stripCommentHeader(description)) || str(ticket.subject);
  if (!body) return ignored(event, "the ticket has no text: no description, no subject");
  const requester = objectAt(payload, "requester") ?? objectAt(ticket, "requester") ?? {};
  return feedbackOf({
    event,
    channel: "ticket",
    source: "zendesk",
    externalId: id,
    body,
    customer: customerOf(requester),
    rating,
    createdAt: isoFrom(ticket.created_at),
    metadata: {
      event,
      subject: str(ticket.subject),
      priority: str(ticket.priority),
      status: str(ticket.status),
      tags: tagsOf(ticket.tags),
      url: str(ticket.url),
      channel: str(ticket.via),
      csatComment: str(satisfaction.comment),
    },
  });
}

export function mapZendesk(payload: unknown): MappedDelivery {
  if (!isObject(payload)) return ignored("unknown", "the body is not a JSON object");
  const type = str(payload.type);
  if (type?.startsWith(EVENT_PREFIX)) return mapTicketEvent(payload, type);
  const ticket = objectAt(payload, "ticket");
  if (ticket) return mapTriggerTemplate(payload, ticket);
  return ignored(type ?? "unknown", "neither a Zendesk event nor the documented trigger template");
}

export const zendesk: ProviderAdapter = { verify: verifyZendesk, map: mapZendesk };
