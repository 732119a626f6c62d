import { createRoute, z } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth";
import { requireJson } from "../../middleware/require-json";
import { replaceTags } from "../../services/feedback/tags";
import { errorResponses, problem, type Router } from "../common";
import { FeedbackIdParam, Tag } from "./schemas";

export const putTagsRoute = createRoute({
  method: "put",
  path: "/v1/feedback/{id}/tags",
  tags: ["feedback"],
  summary: "Replace an item's tags",
  security: [{ bearerAuth: [] }],
  middleware: [requireRole("lead"), requireJson] as const,
  request: {
    params: FeedbackIdParam,
    body: {
      required: true,
      content: { "application/json": { schema: z.object({ tags: z.array(Tag).max(100) }) } },
    },
  },
  responses: {
    200: {
      description: "The item's tags now",
      content: { "application/json": { schema: z.object({ id: z.string(), tags: z.array(z.string()) }) } },
    },
    404: problem("No such item"),
    ...errorResponses,
  },
});

export function registerPutTags(app: Router) {
  app.openapi(putTagsRoute, async (c) => {
    const { id } = c.req.valid("param");
    const { tags } = c.req.valid("json");
    return c.json({ id, tags: await replaceTags(c.get("db"), id, tags) }, 200);
  });
}
