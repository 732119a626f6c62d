import { createRateLimiter } from "../../middleware/rate-limit";
import { cachedFormLookup } from "../../services/forms/lookup";
import type { Router } from "../common";
import { registerCreateForm } from "./create";
import { answerPreflight } from "./guard";
import { registerListForms } from "./list";
import { registerFormPages } from "./page";
import { registerSubmitForm } from "./submit";

/** Burst of 10 submissions per client address, then one a minute: plenty for people, little for bots. */
export const DEFAULT_SUBMISSION_LIMIT = { limit: 10, windowMs: 10 * 60_000 } as const;

export interface FormRouteOptions {
  /** Reverse proxies in front of the server whose `X-Forwarded-For` to believe; default 0 (none). */
  trustProxy?: number;
}

export function registerFormRoutes(app: Router, options: FormRouteOptions = {}) {
  const limiter = createRateLimiter(DEFAULT_SUBMISSION_LIMIT);
  // Forms come from the database, each found form reused for a minute.
  const lookup = cachedFormLookup();
  registerCreateForm(app);
  registerListForms(app);
  registerFormPages(app, lookup);
  registerSubmitForm(app, { lookup, limiter, trustProxy: options.trustProxy });
  app.options("/v1/forms/:formId/submissions", answerPreflight(lookup));
}
