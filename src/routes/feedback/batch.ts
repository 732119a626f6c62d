import { createRoute, z } from "@hono/zod-openapi";
import { fieldErrors } from "../../lib/errors";
import { requireRole } from "../../middleware/auth";
import { requireJson } from "../../middleware/require-json";
import type { FeedbackInput as ValidInput } from "../../services/feedback/types";
import { errorResponses, type Router } from "../common";
import { FeedbackInput } from "./schemas";

export const MAX_BATCH_ITEMS = 1000;

const BatchResult = z
  .object({
    index: z.number().int(),
    status: z.union([z.literal(201), z.literal(200), z.literal(422)]),
    id: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .openapi("FeedbackBatchResult");

export const batchFeedbackRoute = createRoute({
  method: "post",
  path: "/v1/feedback/batch",
  tags: ["feedback"],
  summary: "Store up to 1000 feedback items",
  description:
    "Each item is validated and stored on its own terms: the answer lists, in input order, 201 (stored), 200 (already stored) or 422 (invalid, with its errors) for each.",
  security: [{ bearerAuth: [] }],
  middleware: [requireRole("ingest"), requireJson] as const,
  request: {
    body: {
      required: true,
      content: {
        "application/json": {
          schema: z.object({
            items: z
              .array(z.unknown().openapi({ description: "a feedback item as in POST /v1/feedback" }))
              .min(1)
              .max(MAX_BATCH_ITEMS),
          }),
        },
      },
    },
  },
  responses: {
    200: {
      description: "Per-item results in input order",
      content: {
        "application/json": {
          schema: z.object({
            items: z.array(BatchResult),
            created: z.number().int(),
            duplicates: z.number().int(),
            rejected: z.number().int(),
          }),
        },
      },
    },
    ...errorResponses,
  },
});

type BatchResult = z.infer<typeof BatchResult>;

export function registerBatchFeedback(app: Router) {
  app.openapi(batchFeedbackRoute, async (c) => {
    const { items } = c.req.valid("json");
    const results: BatchResult[] = new Array(items.length);
    const valid: Array<{ index: number; input: ValidInput }> = [];
    items.forEach((item, index) => {
      const parsed = FeedbackInput.safeParse(item);
      if (parsed.success) valid.push({ index, input: parsed.data });
      else results[index] = { index, status: 422, errors: fieldErrors(parsed.error.issues) };
    });
    const written = await c.get("writeFeedback")(
      c.get("db"),
      valid.map((v) => v.input),
    );
    valid.forEach(({ index }, i) => {
      const result = written[i];
      if (result) results[index] = { index, status: result.created ? 201 : 200, id: result.item.id };
    });
    const count = (status: number) => results.filter((r) => r.status === status).length;
    return c.json({ items: results, created: count(201), duplicates: count(200), rejected: count(422) }, 200);
  });
}
