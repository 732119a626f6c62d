import { createRoute, z } from "@hono/zod-openapi";
import { CHANNELS } from "../../db/schema";
import { requireRole } from "../../middleware/auth";
import { listFeedback } from "../../services/feedback/list";
import { errorResponses, type Router } from "../common";
import { TaggedFeedbackItem } from "./schemas";

const ListQuery = z.object({
  channel: z.enum(CHANNELS).optional(),
  source: z.string().max(64).optional(),
  tag: z.string().min(1).max(64).optional(),
  q: z
    .string()
    .max(500)
    .optional()
    .openapi({ description: "Words that must all occur (any case, any diacritics)" }),
  since: z.iso.datetime({ offset: true }).optional().openapi({ description: "createdAt at or after" }),
  until: z.iso.datetime({ offset: true }).optional().openapi({ description: "createdAt before" }),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional().openapi({ description: "nextCursor of the previous page" }),
});

export const listFeedbackRoute = createRoute({
  method: "get",
  path: "/v1/feedback",
  tags: ["feedback"],
  summary: "Find feedback, newest first",
  security: [{ bearerAuth: [] }],
  middleware: [requireRole("lead")] as const,
  request: { query: ListQuery },
  responses: {
    200: {
      description: "One page; `total` counts every item matching the filters",
      content: {
        "application/json": {
          schema: z.object({
            items: z.array(TaggedFeedbackItem),
            nextCursor: z.string().nullable(),
            total: z.number().int(),
          }),
        },
      },
    },
    ...errorResponses,
  },
});

export function registerListFeedback(app: Router) {
  app.openapi(listFeedbackRoute, async (c) => {
    const { limit, cursor, since, until, ...filters } = c.req.valid("query");
    const page = await listFeedback(
      c.get("db"),
      { ...filters, since: since ? new Date(since) : undefined, until: until ? new Date(until) : undefined },
      { limit, cursor },
    );
    return c.json(page, 200);
  });
}
