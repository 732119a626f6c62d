import { createRoute, z } from "@hono/zod-openapi";
import { isUuid } from "../../lib/ids";
import { requireRole } from "../../middleware/auth";
import { listRankedPainPoints } from "../../services/ranking/pain-points";
import { errorResponses, type Router } from "../common";
import { PainPointRanking, UntilQuery, WindowInfo, WindowQuery } from "./schemas";

export const listPainPointsRoute = createRoute({
  method: "get",
  path: "/v1/pain-points",
  tags: ["pain points"],
  summary: "The ranked pain points of a window: the ranking the Slack digest posts",
  security: [{ bearerAuth: [] }],
  middleware: [requireRole("lead")] as const,
  request: {
    query: z.object({
      window: WindowQuery,
      until: UntilQuery,
      limit: z.coerce.number().int().min(1).max(200).default(50),
      team: z
        .string()
        .refine(isUuid, "must be a team id")
        .optional()
        .openapi({ description: "Only this team's pain points, ranked as in its digest" }),
    }),
  },
  responses: {
    200: {
      description: "Best first; `total` counts every pain point with feedback in the window",
      content: {
        "application/json": {
          schema: z.object({ window: WindowInfo, total: z.number().int(), items: z.array(PainPointRanking) }),
        },
      },
    },
    ...errorResponses,
  },
});

export function registerListPainPoints(app: Router) {
  app.openapi(listPainPointsRoute, async (c) => {
    const { window, until, limit, team } = c.req.valid("query");
    const now = until ? new Date(until) : new Date();
    return c.json(
      await listRankedPainPoints(c.get("db"), { now, windowDays: window, limit, teamId: team }),
      200,
    );
  });
}
