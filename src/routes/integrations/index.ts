import type { Router } from "../common";
import { registerCreateIntegration } from "./create";
import { registerDeleteIntegration } from "./delete";
import { registerListIntegrations } from "./list";
import { registerSetSecret } from "./secret";

export function registerIntegrationRoutes(app: Router) {
  registerCreateIntegration(app);
  registerListIntegrations(app);
  registerDeleteIntegration(app);
  registerSetSecret(app);
}
