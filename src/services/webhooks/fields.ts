import type { Channel, CustomerRef } from "../../db/schema";
import { MAX_TEXT_CHARS } from "../../routes/feedback/schemas";
import type { MappedDelivery } from "./types";

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export const objectAt = (value: unknown, key: string): Json | undefined => {
  const child = isObject(value) ? value[key] : undefined;
  return isObject(child) ? child : undefined;
};

/** A non-empty trimmed string from a string or a number; template placeholders render absent values as "". */
export function str(value: unknown): string | undefined {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}

/** ISO-8601 from an ISO string or from Unix seconds; undefined when neither. */
export function isoFrom(value: unknown): string | undefined {
  if (typeof value === "number" && Number.isFinite(value) && value > 0) {
    return new Date(value * 1000).toISOString();
  }
  const text = str(value);
  if (!text) return undefined;
  if (/^\d{9,11}$/.test(text)) return new Date(Number(text) * 1000).toISOString();
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

export function customerOf(fields: {
  id?: unknown;
  email?: unknown;
  name?: unknown;
}): CustomerRef | undefined {
  const customer: CustomerRef = {};
  const id = str(fields.id);
  const email = str(fields.email);
  const name = str(fields.name);
  if (id) customer.id = id.slice(0, 256);
  if (email?.includes("@")) customer.email = email.slice(0, 320);
  if (name) customer.name = name.slice(0, 256);
  return Object.keys(customer).length > 0 ? customer : undefined;
}

/** Tags as an array, from an array or the space- or comma-separated string a template renders. */
export function tagsOf(value: unknown): string[] | undefined {
  const raw = Array.isArray(value)
    ? value.map((t) => (isObject(t) ? str(t.name) : str(t)))
    : (str(value)?.split(/[\s,]+/) ?? []);
  const tags = raw.filter((t): t is string => Boolean(t));
  return tags.length > 0 ? tags : undefined;
}

/** The object without its undefined and empty-string values. */
export function compact(fields: Json): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined || value === null || value === "") continue;
    out[key] = value;
  }
  return out;
}

/**
 * Text cut to the API's limit (counted in code points, never splitting a surrogate pair): a long
 * email still becomes feedback, and `truncated` says it was cut.
 */
export function clipText(text: string): { text: string; truncated: boolean } {
  if (text.length <= MAX_TEXT_CHARS) return { text, truncated: false };
  const points = [...text];
  if (points.length <= MAX_TEXT_CHARS) return { text, truncated: false };
  return { text: points.slice(0, MAX_TEXT_CHARS).join(""), truncated: true };
}

export const ignored = (event: string, reason: string): MappedDelivery => ({
  kind: "ignored",
  event,
  reason,
});

export const invalid = (event: string, path: string, message: string): MappedDelivery => ({
  kind: "invalid",
  event,
  errors: [{ path, message }],
});

/**
 * The mapped feedback item every provider ends with: the text cut to the limit, absent fields left
 * out, and the metadata without empty values (and `truncated` when the text was cut).
 */
export function feedbackOf(parts: {
  event: string;
  channel: Channel;
  source: string;
  externalId: string;
  body: string;
  customer?: CustomerRef | undefined;
  rating?: number | undefined;
  createdAt?: string | undefined;
  lang?: string | undefined;
  metadata: Json;
}): MappedDelivery {
  const { text, truncated } = clipText(parts.body);
  const { customer, rating, createdAt, lang } = parts;
  return {
    kind: "feedback",
    event: parts.event,
    item: {
      channel: parts.channel,
      source: parts.source,
      externalId: parts.externalId,
      text,
      ...(createdAt && { createdAt }),
      ...(customer && { customer }),
      ...(rating !== undefined && { rating }),
      ...(lang && { lang }),
      metadata: compact({ ...parts.metadata, truncated: truncated || undefined }),
    },
  };
}
