import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth";
import { deleteTeam } from "../../services/teams/teams";
import { errorResponses, problem, type Router } from "../common";
import { TeamIdParam } from "./schemas";

export const deleteTeamRoute = createRoute({
  method: "delete",
  path: "/v1/teams/{id}",
  tags: ["teams"],
  summary: "Remove a team: its pain points go back to the default channel",
  security: [{ bearerAuth: [] }],
  middleware: [requireRole("admin")] as const,
  request: { params: TeamIdParam },
  responses: {
    204: { description: "Removed" },
    404: problem("No such team"),
    ...errorResponses,
  },
});

export function registerDeleteTeam(app: Router) {
  app.openapi(deleteTeamRoute, async (c) => {
    const { id } = c.req.valid("param");
    await deleteTeam(c.get("db"), id);
    return c.body(null, 204);
  });
}
