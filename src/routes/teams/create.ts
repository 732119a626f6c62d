import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth";
import { requireJson } from "../../middleware/require-json";
import { createTeam } from "../../services/teams/teams";
import { errorResponses, problem, type Router } from "../common";
import { Team, TeamInput } from "./schemas";

export const createTeamRoute = createRoute({
  method: "post",
  path: "/v1/teams",
  tags: ["teams"],
  summary: "Define a team: its Slack channel and the tags or pain points it owns",
  security: [{ bearerAuth: [] }],
  middleware: [requireRole("admin"), requireJson] as const,
  request: { body: { required: true, content: { "application/json": { schema: TeamInput } } } },
  responses: {
    201: { description: "The new team", content: { "application/json": { schema: Team } } },
    409: problem("The name is taken"),
    ...errorResponses,
  },
});

export function registerCreateTeam(app: Router) {
  app.openapi(createTeamRoute, async (c) => {
    const team = await createTeam(c.get("db"), c.req.valid("json"));
    return c.json(team, 201, { location: `/v1/teams/${team.id}` });
  });
}
