import { z } from "zod";
import { fieldErrors } from "../../lib/errors";
import { concatBytes, equalBytes, equalSecrets, fromHex, hmac, toHex, utf8 } from "./crypto";
import { customerOf, feedbackOf } from "./fields";
import { bearerToken } from "./shared-secret";
import {
  type MappedDelivery,
  type ProviderAdapter,
  type SignedDelivery,
  staleSignature,
  type Verification,
} from "./types";

export const MENTIONS_SIGNATURE = "x-painpoint-signature";
export const MENTIONS_TIMESTAMP = "x-painpoint-timestamp";

/** `sha256=` + hex(HMAC-SHA256(secret, timestamp + "." + body)), the timestamp in Unix seconds. */
export async function signMention(secret: string, timestamp: string, body: Uint8Array): Promise<string> {
  return `sha256=${toHex(await hmac("SHA-256", secret, concatBytes(utf8(`${timestamp}.`), body)))}`;
}

/**
 * A listening tool either presents the secret itself (`Authorization: Bearer <secret>`) or signs the
 * body with it (X-Painpoint-Timestamp and X-Painpoint-Signature), which also bounds replays to 5 minutes.
 */
export async function verifyMention({ headers, body, secret, now }: SignedDelivery): Promise<Verification> {
  const signature = headers.get(MENTIONS_SIGNATURE)?.trim();
  if (signature) {
    const timestamp = headers.get(MENTIONS_TIMESTAMP)?.trim() ?? "";
    if (!/^\d{1,12}$/.test(timestamp))
      return { ok: false, reason: "X-Painpoint-Timestamp must be Unix seconds" };
    const stale = staleSignature(now, Number(timestamp) * 1000);
    if (stale) return stale;
    const given = signature.toLowerCase().startsWith("sha256=") ? fromHex(signature.slice(7)) : undefined;
    if (!given) return { ok: false, reason: "X-Painpoint-Signature is not sha256=<hex>" };
    const expected = await hmac("SHA-256", secret, concatBytes(utf8(`${timestamp}.`), body));
    return equalBytes(given, expected) ? { ok: true } : { ok: false, reason: "the signature does not match" };
  }
  const bearer = bearerToken(headers);
  if (!bearer)
    return { ok: false, reason: "send Authorization: Bearer <secret> or an X-Painpoint-Signature" };
  return (await equalSecrets(bearer, secret))
    ? { ok: true }
    : { ok: false, reason: "the secret does not match" };
}

const ShortString = z.string().trim().min(1).max(256);

export const MentionPayload = z.object({
  id: ShortString.describe("The post's id on its platform: the redelivery key"),
  platform: z.string().trim().min(1).max(64).describe("twitter, reddit, linkedin, ..."),
  text: z.string(),
  url: z.string().url().max(2048),
  postedAt: z.iso.datetime({ offset: true }),
  author: z
    .object({ id: ShortString.optional(), handle: ShortString.optional(), name: ShortString.optional() })
    .optional(),
  lang: z.string().optional(),
  metadata: z.record(z.string(), z.unknown()).optional(),
});
export type MentionPayload = z.infer<typeof MentionPayload>;

export function mapMention(payload: unknown): MappedDelivery {
  const parsed = MentionPayload.safeParse(payload);
  if (!parsed.success) {
    return { kind: "invalid", event: "mention", errors: fieldErrors(parsed.error.issues) };
  }
  const mention = parsed.data;
  const author = mention.author ?? {};
  return feedbackOf({
    event: "mention",
    channel: "social",
    source: mention.platform.toLowerCase(),
    externalId: mention.id,
    body: mention.text,
    customer: customerOf({ id: author.id ?? author.handle, name: author.name ?? author.handle }),
    createdAt: mention.postedAt,
    lang: mention.lang,
    metadata: { ...mention.metadata, url: mention.url, handle: author.handle },
  });
}

export const mentions: ProviderAdapter = { verify: verifyMention, map: mapMention };
