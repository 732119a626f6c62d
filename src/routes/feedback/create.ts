import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth";
import { requireJson } from "../../middleware/require-json";
import { errorResponses, type Router } from "../common";
import { FeedbackInput, FeedbackItem } from "./schemas";

export const createFeedbackRoute = createRoute({
  method: "post",
  path: "/v1/feedback",
  tags: ["feedback"],
  summary: "Store one feedback item",
  description:
    "Idempotent on (channel, source, externalId): a redelivery answers 200 with the stored item instead of storing it twice.",
  security: [{ bearerAuth: [] }],
  middleware: [requireRole("ingest"), requireJson] as const,
  request: { body: { required: true, content: { "application/json": { schema: FeedbackInput } } } },
  responses: {
    201: { description: "Stored", content: { "application/json": { schema: FeedbackItem } } },
    200: {
      description: "Already stored: the stored item",
      content: { "application/json": { schema: FeedbackItem } },
    },
    ...errorResponses,
  },
});

export function registerCreateFeedback(app: Router) {
  app.openapi(createFeedbackRoute, async (c) => {
    const input = c.req.valid("json");
    const [result] = await c.get("writeFeedback")(c.get("db"), [input]);
    if (!result) throw new Error("the writer returned no result");
    return c.json(result.item, result.created ? 201 : 200);
  });
}
