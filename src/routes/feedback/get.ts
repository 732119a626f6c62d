import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth";
import { getFeedback } from "../../services/feedback/get";
import { errorResponses, problem, type Router } from "../common";
import { FeedbackDetail, FeedbackIdParam } from "./schemas";

export const getFeedbackRoute = createRoute({
  method: "get",
  path: "/v1/feedback/{id}",
  tags: ["feedback"],
  summary: "One stored feedback item with its tags and pain point",
  security: [{ bearerAuth: [] }],
  middleware: [requireRole("lead")] as const,
  request: { params: FeedbackIdParam },
  responses: {
    200: { description: "The item", content: { "application/json": { schema: FeedbackDetail } } },
    404: problem("No such item"),
    ...errorResponses,
  },
});

export function registerGetFeedback(app: Router) {
  app.openapi(getFeedbackRoute, async (c) => {
    const { id } = c.req.valid("param");
    return c.json(await getFeedback(c.get("db"), id), 200);
  });
}
