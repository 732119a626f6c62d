import { createRateLimiter, type RateLimitOptions } from "../../middleware/rate-limit";
import { cachedFormLookup, type FormLookup } from "../../services/forms/lookup";
import type { Router } from "../common";
import { registerCreateForm } from "./create";
import { answerPreflight } from "./guard";
import { registerListForms } from "./list";
import { registerFormPages } from "./page";
import { registerSubmitForm } from "./submit";

/** Burst of 10 submissions per client address, then one a minute: plenty for people, little for bots. */
export const DEFAULT_SUBMISSION_LIMIT = { limit: 10, windowMs: 10 * 60_000 } as const;

export interface FormRouteOptions {
  /** How forms are found; default: from the database, each found form reused for a minute. */
  lookup?: FormLookup;
  submissionLimit?: RateLimitOptions;
  /** Reverse proxies in front of the server whose `X-Forwarded-For` to believe; default 0 (none). */
  trustProxy?: number;
}

export function registerFormRoutes(app: Router, options: FormRouteOptions = {}) {
  const limiter = createRateLimiter(options.submissionLimit ?? DEFAULT_SUBMISSION_LIMIT);
  const lookup = options.lookup ?? cachedFormLookup();
  registerCreateForm(app);
  registerListForms(app);
  registerFormPages(app, lookup);
  registerSubmitForm(app, { lookup, limiter, trustProxy: options.trustProxy ?? 0 });
  app.options("/v1/forms/:formId/submissions", answerPreflight(lookup));
}
