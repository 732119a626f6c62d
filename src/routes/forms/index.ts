import { createRateLimiter, type RateLimitOptions } from "../../middleware/rate-limit";
import type { Router } from "../common";
import { registerCreateForm } from "./create";
import { answerPreflight } from "./guard";
import { registerFormPages } from "./page";
import { registerSubmitForm } from "./submit";

/** Burst of 10 submissions per client address, then one a minute: plenty for people, little for bots. */
export const DEFAULT_SUBMISSION_LIMIT = { limit: 10, windowMs: 10 * 60_000 } as const;

export interface FormRouteOptions {
  submissionLimit?: RateLimitOptions;
  /** Reverse proxies in front of the server whose `X-Forwarded-For` to believe; default 0 (none). */
  trustProxy?: number;
}

export function registerFormRoutes(app: Router, options: FormRouteOptions = {}) {
  const limiter = createRateLimiter(options.submissionLimit ?? DEFAULT_SUBMISSION_LIMIT);
  registerCreateForm(app);
  registerFormPages(app);
  registerSubmitForm(app, { limiter, trustProxy: options.trustProxy ?? 0 });
  app.options("/v1/forms/:formId/submissions", answerPreflight);
}
