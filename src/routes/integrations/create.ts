import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth";
import { requireJson } from "../../middleware/require-json";
import { createIntegration } from "../../services/integrations/integrations";
import { errorResponses, type Router } from "../common";
import { IntegrationInput, IntegrationWithSecret, webhookUrlOf } from "./schemas";

export const createIntegrationRoute = createRoute({
  method: "post",
  path: "/v1/integrations",
  tags: ["integrations"],
  summary: "Register a webhook source (Zendesk, Intercom, Freshdesk or a mentions tool)",
  description:
    "Answers the URL to configure in the provider and the secret, shown once. The secret is stored retrievable (not hashed) because verifying an HMAC signature needs the key itself; it is never listed or logged.",
  security: [{ bearerAuth: [] }],
  middleware: [requireRole("admin"), requireJson] as const,
  request: { body: { required: true, content: { "application/json": { schema: IntegrationInput } } } },
  responses: {
    201: { description: "Registered", content: { "application/json": { schema: IntegrationWithSecret } } },
    ...errorResponses,
  },
});

export function registerCreateIntegration(app: Router) {
  app.openapi(createIntegrationRoute, async (c) => {
    const created = await createIntegration(c.get("db"), c.req.valid("json"));
    return c.json({ ...created, webhookUrl: webhookUrlOf(c.req.url, created.provider, created.id) }, 201);
  });
}
