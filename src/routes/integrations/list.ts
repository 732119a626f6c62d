import { createRoute, z } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth";
import { listIntegrations } from "../../services/integrations/integrations";
import { errorResponses, type Router } from "../common";
import { Integration, webhookUrlOf } from "./schemas";

export const listIntegrationsRoute = createRoute({
  method: "get",
  path: "/v1/integrations",
  tags: ["integrations"],
  summary: "Every webhook source, oldest first, without secrets",
  security: [{ bearerAuth: [] }],
  middleware: [requireRole("admin")] as const,
  responses: {
    200: {
      description: "The integrations",
      content: { "application/json": { schema: z.object({ items: z.array(Integration) }) } },
    },
    ...errorResponses,
  },
});

export function registerListIntegrations(app: Router) {
  app.openapi(listIntegrationsRoute, async (c) => {
    const items = await listIntegrations(c.get("db"));
    return c.json(
      { items: items.map((i) => ({ ...i, webhookUrl: webhookUrlOf(c.req.url, i.provider, i.id) })) },
      200,
    );
  });
}
