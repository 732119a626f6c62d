import { z } from "@hono/zod-openapi";
import "../../lib/zod-messages";
import { CHANNELS } from "../../db/schema";
import { stripNul } from "../../services/feedback/sanitize";

export const MAX_TEXT_CHARS = 10_000;
const MAX_METADATA_DEPTH = 10;
const SURROGATE = "contains an unpaired UTF-16 surrogate";
const TEXT_TOO_LONG = `must be at most ${MAX_TEXT_CHARS.toLocaleString("en")} characters`;
const METADATA_TOO_DEEP = `must not nest deeper than ${MAX_METADATA_DEPTH} levels`;

/** Code points, not UTF-16 units: an emoji is one character to the person who typed it. */
const charCount = (s: string) => (s.length <= MAX_TEXT_CHARS ? s.length : [...s].length);

/** A string PostgreSQL can store as sent: no NUL, no unpaired surrogate. */
export const CleanString = z
  .string()
  .refine((s) => !s.includes("\u0000"), "must not contain NUL characters")
  .refine((s) => s.isWellFormed(), SURROGATE);

/** A feedback tag, as an item's tags and a team's routing tags take it. */
export const Tag = CleanString.pipe(
  z
    .string()
    .trim()
    .min(1, "a tag must not be blank")
    .refine((t) => [...t].length <= 64, "a tag is at most 64 characters"),
);

/**
 * One walk of a metadata document for both of its checks: whether it nests deeper than
 * MAX_METADATA_DEPTH, and whether a string or key in it holds an unpaired surrogate.
 * Iterative: a hostile document must not overflow the stack.
 */
function inspectMetadata(value: unknown): { tooDeep: boolean; malformed: boolean } {
  let tooDeep = false;
  let malformed = false;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0 && !(tooDeep && malformed)) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (depth > MAX_METADATA_DEPTH) tooDeep = true;
    if (typeof node === "string" && !node.isWellFormed()) malformed = true;
    if (node && typeof node === "object") {
      for (const [key, child] of Object.entries(node)) {
        if (!key.isWellFormed()) malformed = true;
        stack.push([child, depth + 1]);
      }
    }
  }
  return { tooDeep, malformed };
}

export const FeedbackInput = z
  .object({
    channel: z.enum(CHANNELS).openapi({ description: "Where the feedback came in" }),
    text: z
      .string()
      .superRefine((s, ctx) => {
        const stored = stripNul(s).trim();
        if (stored.length === 0) ctx.addIssue({ code: "custom", path: [], message: "must not be blank" });
        if (charCount(stored) > MAX_TEXT_CHARS)
          ctx.addIssue({ code: "custom", path: [], message: TEXT_TOO_LONG });
        if (!s.isWellFormed()) ctx.addIssue({ code: "custom", path: [], message: SURROGATE });
      })
      .openapi({ description: "What the customer said; stored exactly as sent (NUL characters removed)" }),
    source: CleanString.pipe(z.string().min(1).max(64)).optional().openapi({ example: "zendesk" }),
    externalId: CleanString.pipe(z.string().min(1).max(256))
      .optional()
      .openapi({ description: "The id in the source system; with channel and source, the redelivery key" }),
    customer: z
      .object({
        id: CleanString.pipe(z.string().min(1).max(256)).optional(),
        email: CleanString.pipe(z.string().min(3).max(320)).optional(),
        name: CleanString.pipe(z.string().max(256)).optional(),
      })
      .optional(),
    rating: z.number().min(0).max(10).optional().openapi({ description: "CSAT 1–5 or NPS 0–10" }),
    createdAt: z.iso
      .datetime({ offset: true })
      .optional()
      .openapi({ description: "When the customer said it; default: when it was received" }),
    lang: z
      .string()
      .regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/, "must be a BCP-47 language tag such as en, ar or he-IL")
      .max(35)
      .optional(),
    metadata: z
      .record(z.string(), z.unknown())
      .superRefine((m, ctx) => {
        const { tooDeep, malformed } = inspectMetadata(m);
        if (tooDeep) ctx.addIssue({ code: "custom", path: [], message: METADATA_TOO_DEEP });
        if (malformed) ctx.addIssue({ code: "custom", path: [], message: SURROGATE });
      })
      .optional(),
  })
  .openapi("FeedbackInput");
export type FeedbackInput = z.infer<typeof FeedbackInput>;

export const FeedbackItem = z
  .object({
    id: z.string().uuid(),
    channel: z.enum(CHANNELS),
    source: z.string().nullable(),
    externalId: z.string().nullable(),
    text: z.string(),
    lang: z.string().nullable(),
    customer: z
      .object({ id: z.string().optional(), email: z.string().optional(), name: z.string().optional() })
      .nullable(),
    rating: z.number().nullable(),
    createdAt: z.string(),
    receivedAt: z.string(),
    metadata: z.record(z.string(), z.unknown()).nullable(),
    painPointId: z.string().nullable(),
  })
  .openapi("FeedbackItem");

export const TaggedFeedbackItem = FeedbackItem.extend({ tags: z.array(z.string()) }).openapi(
  "TaggedFeedbackItem",
);

export const FeedbackDetail = TaggedFeedbackItem.extend({
  painPoint: z.object({ id: z.string(), label: z.string() }).nullable(),
}).openapi("FeedbackDetail");

export const FeedbackIdParam = z.object({
  id: z
    .string()
    .openapi({ param: { name: "id", in: "path" }, example: "01928f6e-7c1a-7b3e-9a41-0c2d5e6f7a8b" }),
});
