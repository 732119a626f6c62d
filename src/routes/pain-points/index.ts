import type { Router } from "../common";
import { registerGetPainPoint } from "./get";
import { registerListPainPoints } from "./list";

export function registerPainPointRoutes(app: Router) {
  registerListPainPoints(app);
  registerGetPainPoint(app);
}
