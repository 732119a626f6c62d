import { createRoute, z } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth";
import { getRankedPainPoint } from "../../services/ranking/pain-points";
import { errorResponses, problem, type Router } from "../common";
import { PainPointRanking, UntilQuery, WindowInfo, WindowQuery } from "./schemas";

export const getPainPointRoute = createRoute({
  method: "get",
  path: "/v1/pain-points/{id}",
  tags: ["pain points"],
  summary: "One pain point's numbers, reasons and examples in a window (the digest links here)",
  security: [{ bearerAuth: [] }],
  middleware: [requireRole("lead")] as const,
  request: {
    params: z.object({ id: z.string().openapi({ param: { name: "id", in: "path" } }) }),
    query: z.object({ window: WindowQuery, until: UntilQuery }),
  },
  responses: {
    200: {
      description: "The pain point",
      content: { "application/json": { schema: z.object({ window: WindowInfo, item: PainPointRanking }) } },
    },
    404: problem("No such pain point"),
    ...errorResponses,
  },
});

export function registerGetPainPoint(app: Router) {
  app.openapi(getPainPointRoute, async (c) => {
    const { id } = c.req.valid("param");
    const { window, until } = c.req.valid("query");
    const now = until ? new Date(until) : new Date();
    return c.json(await getRankedPainPoint(c.get("db"), id, { now, windowDays: window }), 200);
  });
}
