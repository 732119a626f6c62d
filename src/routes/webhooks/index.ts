import type { Router } from "../common";
import { registerIntegrationRoutes } from "../integrations";
import { registerReceiveWebhook } from "./receive";

/** The integrations (admin) and the deliveries they receive (signed, no API key). */
export function registerWebhookRoutes(app: Router) {
  registerIntegrationRoutes(app);
  registerReceiveWebhook(app);
}
