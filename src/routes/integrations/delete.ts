import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth";
import { deleteIntegration } from "../../services/integrations/integrations";
import { errorResponses, problem, type Router } from "../common";
import { IntegrationIdParam } from "./schemas";

export const deleteIntegrationRoute = createRoute({
  method: "delete",
  path: "/v1/integrations/{id}",
  tags: ["integrations"],
  summary: "Remove a webhook source; its deliveries are refused from then on (404)",
  description: "Feedback already stored through it stays.",
  security: [{ bearerAuth: [] }],
  middleware: [requireRole("admin")] as const,
  request: { params: IntegrationIdParam },
  responses: {
    204: { description: "Removed" },
    404: problem("No such integration"),
    ...errorResponses,
  },
});

export function registerDeleteIntegration(app: Router) {
  app.openapi(deleteIntegrationRoute, async (c) => {
    await deleteIntegration(c.get("db"), c.req.valid("param").id);
    return c.body(null, 204);
  });
}
