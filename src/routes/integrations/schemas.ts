import { z } from "@hono/zod-openapi";
import { PROVIDERS, type Provider } from "../../db/schema";
import { webhookPath } from "../../services/integrations/integrations";
import { CleanString } from "../feedback/schemas";

const Secret = CleanString.pipe(
  z
    .string()
    .min(8, "a secret is at least 8 characters")
    .max(512)
    .regex(/^\S+$/, "a secret has no whitespace"),
).openapi({
  description:
    "The provider's signing secret (Zendesk's webhook signing secret, the Intercom app's client secret) or a shared secret of your choosing; generated when absent. Stored as given, retrievable by the server, because verifying an HMAC needs the key itself.",
});

export const IntegrationInput = z
  .object({
    provider: z.enum(PROVIDERS),
    name: CleanString.pipe(z.string().trim().min(1).max(128)),
    secret: Secret.optional(),
  })
  .openapi("IntegrationInput");
export type IntegrationInput = z.infer<typeof IntegrationInput>;

export const SecretInput = z.object({ secret: Secret.optional() }).openapi("IntegrationSecretInput");

export const Integration = z
  .object({
    id: z.string().uuid(),
    provider: z.enum(PROVIDERS),
    name: z.string(),
    webhookUrl: z.string().openapi({ description: "Where the provider sends its deliveries" }),
    createdAt: z.string(),
    secretUpdatedAt: z.string(),
  })
  .openapi("Integration");

export const IntegrationWithSecret = Integration.extend({
  secret: z.string().openapi({ description: "Shown in this answer only; never listed" }),
}).openapi("IntegrationWithSecret");

export const IntegrationIdParam = z.object({
  id: z
    .string()
    .openapi({ param: { name: "id", in: "path" }, example: "01928f6e-7c1a-7b3e-9a41-0c2d5e6f7a8b" }),
});

/** The URL a provider posts to, on the origin the admin reached the API through. */
export function webhookUrlOf(requestUrl: string, provider: Provider, id: string): string {
  return new URL(requestUrl).origin + webhookPath(provider, id);
}
