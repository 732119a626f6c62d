import { createRoute, z } from "@hono/zod-openapi";
import { PROVIDERS, type Provider } from "../../db/schema";
import { AppError } from "../../lib/errors";
import { findIntegration } from "../../services/integrations/integrations";
import { receiveDelivery } from "../../services/webhooks/receive";
import { errorResponses, problem, type Router } from "../common";

const Receipt = z
  .object({
    status: z.enum(["created", "duplicate", "rated", "ignored"]),
    id: z.string().optional().openapi({ description: "The stored feedback item" }),
    event: z.string(),
    reason: z.string().optional().openapi({ description: "Why an ignored delivery stored nothing" }),
  })
  .openapi("WebhookReceipt");

export const receiveWebhookRoute = createRoute({
  method: "post",
  path: "/v1/webhooks/{provider}/{integrationId}",
  tags: ["webhooks"],
  summary: "A delivery from Zendesk, Intercom, Freshdesk or a mentions tool",
  description: [
    "No API key: each delivery is authenticated by its provider's scheme against the integration's secret.",
    "zendesk: X-Zendesk-Webhook-Signature = base64 HMAC-SHA256 of X-Zendesk-Webhook-Signature-Timestamp + body, timestamp within 5 minutes.",
    "intercom: X-Hub-Signature = sha1= hex HMAC-SHA1 of the body with the app's client secret.",
    "freshdesk (unsigned): the secret as Basic auth, a Bearer token or X-Webhook-Secret.",
    "mentions: Authorization: Bearer <secret>, or X-Painpoint-Timestamp (Unix seconds) and X-Painpoint-Signature = sha256= hex HMAC-SHA256 of timestamp + '.' + body.",
    "Payloads and set-up: docs/webhooks.md. Events that carry no feedback are acknowledged with 200 and status `ignored`.",
  ].join("\n\n"),
  request: {
    params: z.object({
      provider: z.string().openapi({ param: { name: "provider", in: "path" }, example: "zendesk" }),
      integrationId: z.string().openapi({ param: { name: "integrationId", in: "path" } }),
    }),
  },
  responses: {
    201: { description: "Stored", content: { "application/json": { schema: Receipt } } },
    200: {
      description: "Already stored (redelivery), rating recorded on the stored item, or ignored",
      content: { "application/json": { schema: Receipt } },
    },
    400: errorResponses[400],
    401: problem("Missing or wrong signature or secret, or a signature timestamp outside 5 minutes"),
    404: problem("No integration of this provider with this id"),
    413: errorResponses[413],
    422: errorResponses[422],
  },
});

const isProvider = (value: string): value is Provider => (PROVIDERS as readonly string[]).includes(value);

export function registerReceiveWebhook(app: Router) {
  app.openapi(receiveWebhookRoute, async (c) => {
    const { provider, integrationId } = c.req.valid("param");
    // Read once, as bytes, before any answer: the signature covers them exactly (the body limit has
    // capped them), and Node drops a keep-alive connection answered before its body was read.
    const body = new Uint8Array(await c.req.arrayBuffer());
    if (!isProvider(provider)) throw new AppError("not_found", `no webhook provider named ${provider}`);
    const db = c.get("db");
    const integration = await findIntegration(db, integrationId);
    try {
      const receipt = await receiveDelivery(db, c.get("writeFeedback"), {
        provider,
        integration,
        headers: c.req.raw.headers,
        body,
        now: new Date(),
      });
      return c.json(receipt, receipt.status === "created" ? 201 : 200);
    } catch (error) {
      if (error instanceof AppError && error.status === 401) {
        c.get("log").warn("webhook refused", {
          requestId: c.get("requestId"),
          provider,
          integrationId,
          reason: error.message,
        });
      }
      throw error;
    }
  });
}
