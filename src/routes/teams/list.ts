import { createRoute, z } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth";
import { listTeams } from "../../services/teams/teams";
import { errorResponses, type Router } from "../common";
import { Team } from "./schemas";

export const listTeamsRoute = createRoute({
  method: "get",
  path: "/v1/teams",
  tags: ["teams"],
  summary: "Every team, by name",
  security: [{ bearerAuth: [] }],
  middleware: [requireRole("admin")] as const,
  responses: {
    200: {
      description: "The teams",
      content: { "application/json": { schema: z.object({ items: z.array(Team) }) } },
    },
    ...errorResponses,
  },
});

export function registerListTeams(app: Router) {
  app.openapi(listTeamsRoute, async (c) => c.json({ items: await listTeams(c.get("db")) }, 200));
}
