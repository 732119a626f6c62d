import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth";
import { requireJson } from "../../middleware/require-json";
import { updateTeam } from "../../services/teams/teams";
import { errorResponses, problem, type Router } from "../common";
import { Team, TeamIdParam, TeamInput } from "./schemas";

export const putTeamRoute = createRoute({
  method: "put",
  path: "/v1/teams/{id}",
  tags: ["teams"],
  summary: "Replace a team's definition",
  security: [{ bearerAuth: [] }],
  middleware: [requireRole("admin"), requireJson] as const,
  request: {
    params: TeamIdParam,
    body: { required: true, content: { "application/json": { schema: TeamInput } } },
  },
  responses: {
    200: { description: "The team now", content: { "application/json": { schema: Team } } },
    404: problem("No such team"),
    409: problem("The name is taken"),
    ...errorResponses,
  },
});

export function registerPutTeam(app: Router) {
  app.openapi(putTeamRoute, async (c) => {
    const { id } = c.req.valid("param");
    return c.json(await updateTeam(c.get("db"), id, c.req.valid("json")), 200);
  });
}
