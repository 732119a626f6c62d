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
import { htmlToText } from "./html-to-text";
import { csatFromFreshdesk } from "./ratings";
import { anySecretMatches, presentedSecrets } from "./shared-secret";
import type { MappedDelivery, ProviderAdapter, SignedDelivery, Verification } from "./types";

/**
 * Freshdesk does not sign its webhooks: the automation rule's "Trigger webhook" action sends the
 * integration secret instead, as Basic auth, a Bearer token or an X-Webhook-Secret custom header.
 */
export async function verifyFreshdesk({ headers, secret }: SignedDelivery): Promise<Verification> {
  const presented = presentedSecrets(headers);
  if (presented.length === 0) {
    return {
      ok: false,
      reason: "send the integration secret as Basic auth, a Bearer token or X-Webhook-Secret",
    };
  }
  return (await anySecretMatches(presented, secret))
    ? { ok: true }
    : { ok: false, reason: "the shared secret does not match" };
}

const STORED_EVENTS = new Set(["ticket.created", "satisfaction.rated"]);

/** Both payload forms as one shape: the "Simple" content's `freshdesk_webhook` and the documented JSON template. */
interface FreshdeskTicket {
  id: unknown;
  subject: unknown;
  description: unknown;
  createdAt: unknown;
  requester: Json;
  rating: unknown;
  ratingComment: unknown;
  extra: Json;
}

function fromSimpleContent(fields: Json): FreshdeskTicket {
  return {
    id: fields.ticket_id,
    subject: fields.ticket_subject,
    description: fields.ticket_description,
    createdAt: fields.ticket_created_at ?? fields.ticket_created_on,
    requester: {
      id: fields.ticket_contact_id ?? fields.ticket_requester_id,
      email: fields.ticket_requester_email ?? fields.ticket_contact_email,
      name: fields.ticket_requester_name ?? fields.ticket_contact_name,
    },
    rating: fields.ticket_satisfaction_rating ?? fields.ticket_satisfaction_survey,
    ratingComment: fields.ticket_satisfaction_comment,
    extra: {
      priority: str(fields.ticket_priority),
      status: str(fields.ticket_status),
      type: str(fields.ticket_type),
      tags: tagsOf(fields.ticket_tags),
      url: str(fields.ticket_url) ?? str(fields.ticket_portal_url),
      channel: str(fields.ticket_source),
      triggeredEvent: str(fields.triggered_event),
    },
  };
}

function fromTemplate(payload: Json, ticket: Json): FreshdeskTicket {
  const satisfaction = objectAt(payload, "satisfaction") ?? {};
  return {
    id: ticket.id,
    subject: ticket.subject,
    description: ticket.description,
    createdAt: ticket.created_at,
    requester: objectAt(payload, "requester") ?? objectAt(ticket, "requester") ?? {},
    rating: satisfaction.rating,
    ratingComment: satisfaction.comment,
    extra: {
      priority: str(ticket.priority),
      status: str(ticket.status),
      type: str(ticket.type),
      tags: tagsOf(ticket.tags),
      url: str(ticket.url),
      channel: str(ticket.source),
    },
  };
}

export function mapFreshdesk(payload: unknown): MappedDelivery {
  if (!isObject(payload)) return ignored("unknown", "the body is not a JSON object");
  const simple = objectAt(payload, "freshdesk_webhook");
  const template = objectAt(payload, "ticket");
  if (!simple && !template)
    return ignored("unknown", "neither freshdesk_webhook nor the documented template");
  const event = str(payload.event) ?? "ticket.created";
  if (!STORED_EVENTS.has(event))
    return ignored(event, "only ticket.created and satisfaction.rated are stored");
  const ticket = simple ? fromSimpleContent(simple) : fromTemplate(payload, template as Json);
  const rating = csatFromFreshdesk(ticket.rating);
  if (event === "satisfaction.rated" && rating === undefined) {
    return ignored(event, "no survey rating in satisfaction.rating");
  }
  const id = str(ticket.id);
  if (!id)
    return invalid(event, simple ? "freshdesk_webhook.ticket_id" : "ticket.id", "the ticket id is missing");
  // Freshdesk renders the description as HTML.
  const body = htmlToText(str(ticket.description) ?? "") || str(ticket.subject);
  if (!body) return ignored(event, "the ticket has no text: no description, no subject");
  return feedbackOf({
    event,
    channel: "ticket",
    source: "freshdesk",
    externalId: id,
    body,
    customer: customerOf(ticket.requester),
    rating,
    createdAt: isoFrom(ticket.createdAt),
    metadata: {
      event,
      subject: str(ticket.subject),
      ...ticket.extra,
      csatComment: str(ticket.ratingComment),
    },
  });
}

export const freshdesk: ProviderAdapter = { verify: verifyFreshdesk, map: mapFreshdesk };
