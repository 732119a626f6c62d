import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth";
import { getTeam } from "../../services/teams/teams";
import { errorResponses, problem, type Router } from "../common";
import { Team, TeamIdParam } from "./schemas";

export const getTeamRoute = createRoute({
  method: "get",
  path: "/v1/teams/{id}",
  tags: ["teams"],
  summary: "One team",
  security: [{ bearerAuth: [] }],
  middleware: [requireRole("admin")] as const,
  request: { params: TeamIdParam },
  responses: {
    200: { description: "The team", content: { "application/json": { schema: Team } } },
    404: problem("No such team"),
    ...errorResponses,
  },
});

export function registerGetTeam(app: Router) {
  app.openapi(getTeamRoute, async (c) => {
    const { id } = c.req.valid("param");
    return c.json(await getTeam(c.get("db"), id), 200);
  });
}
