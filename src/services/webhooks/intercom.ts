import { equalBytes, fromHex, hmac, toHex } from "./crypto";
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
import { csatFromStars } from "./ratings";
import type { MappedDelivery, ProviderAdapter, SignedDelivery, Verification } from "./types";

export const INTERCOM_SIGNATURE = "x-hub-signature";

/** Intercom signs `sha1=` + hex(HMAC-SHA1(client secret, body)); the scheme has no timestamp. */
export async function signIntercom(secret: string, body: Uint8Array): Promise<string> {
  return `sha1=${toHex(await hmac("SHA-1", secret, body))}`;
}

export async function verifyIntercom({ headers, body, secret }: SignedDelivery): Promise<Verification> {
  const header = headers.get(INTERCOM_SIGNATURE)?.trim();
  if (!header) return { ok: false, reason: "missing X-Hub-Signature" };
  if (!header.toLowerCase().startsWith("sha1="))
    return { ok: false, reason: "X-Hub-Signature is not sha1=<hex>" };
  const given = fromHex(header.slice(5));
  if (!given) return { ok: false, reason: "X-Hub-Signature is not sha1=<hex>" };
  const expected = await hmac("SHA-1", secret, body);
  return equalBytes(given, expected) ? { ok: true } : { ok: false, reason: "the signature does not match" };
}

/** Topics that mean a customer wrote in; the conversation's first message is the feedback. */
const CUSTOMER_TOPICS = new Set(["conversation.user.created", "conversation.user.replied"]);
const STAFF_AUTHORS = new Set(["admin", "bot", "team"]);

function customerOfConversation(conversation: Json, source: Json) {
  const author = objectAt(source, "author") ?? objectAt(conversation, "user");
  if (author && !STAFF_AUTHORS.has(str(author.type) ?? "")) return customerOf(author);
  const contacts = objectAt(conversation, "contacts")?.contacts;
  const first = Array.isArray(contacts) && isObject(contacts[0]) ? contacts[0] : undefined;
  return first ? customerOf({ id: first.id, email: first.email, name: first.name }) : undefined;
}

export function mapIntercom(payload: unknown): MappedDelivery {
  if (!isObject(payload)) return ignored("unknown", "the body is not a JSON object");
  const topic = str(payload.topic) ?? "unknown";
  const conversation = objectAt(objectAt(payload, "data"), "item");
  if (!topic.startsWith("conversation.") || !conversation || str(conversation.type) !== "conversation") {
    return ignored(topic, "not a conversation notification");
  }
  const ratingObject = objectAt(conversation, "conversation_rating");
  const rating = csatFromStars(ratingObject?.rating);
  // Any conversation topic can carry a rating; other topics without one bring no feedback.
  if (!CUSTOMER_TOPICS.has(topic) && rating === undefined) {
    return ignored(topic, "only customer messages and rated conversations are stored");
  }
  const id = str(conversation.id);
  if (!id) return invalid(topic, "data.item.id", "the conversation id is missing");
  // API 2.x names the first message `source`; 1.x named it `conversation_message`.
  const source = objectAt(conversation, "source") ?? objectAt(conversation, "conversation_message") ?? {};
  const body =
    htmlToText(str(source.body) ?? "") || htmlToText(str(source.subject) ?? "") || str(ratingObject?.remark);
  if (!body) return ignored(topic, "the first message has no text (attachments only)");
  return feedbackOf({
    event: topic,
    channel: "ticket",
    source: "intercom",
    externalId: id,
    body,
    customer: customerOfConversation(conversation, source),
    rating,
    createdAt: isoFrom(conversation.created_at),
    metadata: {
      event: topic,
      subject: htmlToText(str(source.subject) ?? "") || undefined,
      url: str(source.url),
      deliveredAs: str(source.delivered_as),
      priority: str(conversation.priority),
      state: str(conversation.state),
      tags: tagsOf(objectAt(conversation, "tags")?.tags),
      csatComment: str(ratingObject?.remark),
      appId: str(payload.app_id),
      notificationId: str(payload.id),
    },
  });
}

export const intercom: ProviderAdapter = { verify: verifyIntercom, map: mapIntercom };
