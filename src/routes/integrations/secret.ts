import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth";
import { requireJson } from "../../middleware/require-json";
import { setIntegrationSecret } from "../../services/integrations/integrations";
import { errorResponses, problem, type Router } from "../common";
import { IntegrationIdParam, IntegrationWithSecret, SecretInput, webhookUrlOf } from "./schemas";

export const setSecretRoute = createRoute({
  method: "put",
  path: "/v1/integrations/{id}/secret",
  tags: ["integrations"],
  summary: "Set or rotate an integration's secret",
  description:
    "With `secret`: stores the provider's own signing secret (Zendesk shows it only once the webhook exists, and the webhook needs this integration's URL first). Without: generates a new one. Answers it once; deliveries signed with the old secret are refused from then on.",
  security: [{ bearerAuth: [] }],
  middleware: [requireRole("admin"), requireJson] as const,
  request: {
    params: IntegrationIdParam,
    body: { required: true, content: { "application/json": { schema: SecretInput } } },
  },
  responses: {
    200: {
      description: "The new secret",
      content: { "application/json": { schema: IntegrationWithSecret } },
    },
    404: problem("No such integration"),
    ...errorResponses,
  },
});

export function registerSetSecret(app: Router) {
  app.openapi(setSecretRoute, async (c) => {
    const { id } = c.req.valid("param");
    const updated = await setIntegrationSecret(c.get("db"), id, c.req.valid("json").secret);
    return c.json({ ...updated, webhookUrl: webhookUrlOf(c.req.url, updated.provider, updated.id) }, 200);
  });
}
