import { createRoute } from "@hono/zod-openapi";
import type { Context, MiddlewareHandler } from "hono";
import { toPageErrors } from "../../forms/field-errors";
import { newNonce, pageHeaders } from "../../forms/headers";
import { MESSAGES } from "../../forms/messages";
import { renderFormPage } from "../../forms/page";
import { AppError, fieldErrors } from "../../lib/errors";
import { uuidv7 } from "../../lib/ids";
import { type RateLimiter, rateLimit } from "../../middleware/rate-limit";
import type { FormLookup } from "../../services/forms/lookup";
import { isHoneypotFilled, toFeedbackInput } from "../../services/forms/submission";
import { errorResponses, type Router } from "../common";
import { type FormEnv, formGuard, wantsHtml } from "./guard";
import { localeOf, notFoundPage } from "./page";
import { FormIdParam, SubmissionInput, SubmissionReceipt } from "./schemas";

/** The submitted fields, whatever the body's type, for showing them again; {} when unreadable. */
async function submittedValues(c: Context<FormEnv>): Promise<Record<string, string>> {
  try {
    const body = await c.req.parseBody();
    const values: Record<string, string> = {};
    for (const [key, value] of Object.entries(body)) if (typeof value === "string") values[key] = value;
    return values;
  } catch {
    return {};
  }
}

/**
 * For a plain HTML form post, turns the errors a person can fix into the form page again, with what
 * they typed and each error beside its field: invalid fields (422), too many submissions (429), an
 * unknown form (404). Other errors stay problem+json.
 */
const htmlErrors: MiddlewareHandler<FormEnv> = async (c, next) => {
  await next();
  const error = c.error;
  if (!(error instanceof AppError) || !wantsHtml(c)) return;
  if (![404, 422, 429].includes(error.status)) return;
  const values = await submittedValues(c);
  const locale = localeOf(c, values.locale);
  const form = c.get("form");
  if (error.status === 404 || !form) {
    c.res = notFoundPage(c, locale);
    return;
  }
  const m = MESSAGES[locale];
  const errors =
    error.status === 429
      ? { fields: {}, general: m.rateLimited }
      : toPageErrors(error.errors ?? [], values, m);
  const nonce = newNonce();
  const page = renderFormPage({
    form,
    locale,
    nonce,
    submissionId: values.submissionId || uuidv7(),
    values,
    errors,
  });
  c.res = c.html(page, error.status as 422, pageHeaders(nonce, form.allowedOrigins, locale));
};

/** Stored (or a bot fooled): 201 with the item's id, or for a plain form post 303 to the thank-you page. */
function accepted(c: Context<FormEnv>, id: string, created: boolean, locale?: string) {
  if (wantsHtml(c)) {
    const form = c.get("form");
    return c.redirect(`/forms/${form.id}/thanks?lang=${localeOf(c, locale)}`, 303);
  }
  return c.json({ id }, created ? 201 : 200);
}

export const submitFormRoute = createRoute({
  method: "post",
  path: "/v1/forms/{formId}/submissions",
  tags: ["forms"],
  summary: "Submit a suggestion (what the form page sends)",
  description:
    "Public. JSON or form-encoded. Rate-limited per client address. A browser on another origin must be one of the form's allowed origins (CORS). A plain HTML form post is answered with a 303 to the thank-you page, or the form page again with the errors.",
  middleware: [] as const,
  request: {
    params: FormIdParam,
    body: {
      required: false,
      content: {
        "application/json": { schema: SubmissionInput },
        "application/x-www-form-urlencoded": { schema: SubmissionInput },
        "multipart/form-data": { schema: SubmissionInput },
      },
    },
  },
  responses: {
    201: { description: "Stored", content: { "application/json": { schema: SubmissionReceipt } } },
    200: {
      description: "Already stored (same submissionId)",
      content: { "application/json": { schema: SubmissionReceipt } },
    },
    303: { description: "Stored; a plain form post goes on to the thank-you page" },
    400: errorResponses[400],
    403: { ...errorResponses[403], description: "A browser on an origin the form does not allow" },
    404: { ...errorResponses[400], description: "No such form" },
    413: errorResponses[413],
    415: errorResponses[415],
    422: errorResponses[422],
    429: errorResponses[429],
  },
});

export interface SubmitOptions {
  lookup: FormLookup;
  limiter: RateLimiter;
  /** Reverse proxies to believe for the client's address (see `clientAddress`). */
  trustProxy?: number;
}

export function registerSubmitForm(app: Router, options: SubmitOptions) {
  const limit = rateLimit(options.limiter, { what: "submissions", trustProxy: options.trustProxy });
  const route = {
    ...submitFormRoute,
    middleware: [htmlErrors, formGuard(options.lookup), limit] as MiddlewareHandler<FormEnv>[],
  };
  app.openapi(
    route,
    async (c) => {
      const context = c as unknown as Context<FormEnv>;
      const type = c.req.header("content-type") ?? "";
      const submission = /json/i.test(type)
        ? c.req.valid("json")
        : /form/i.test(type)
          ? c.req.valid("form")
          : undefined;
      if (!submission) {
        throw new AppError(
          "unsupported_media_type",
          "send the submission as application/json or form-encoded",
        );
      }
      if (isHoneypotFilled(submission)) return accepted(context, uuidv7(), true, submission.locale);
      const input = toFeedbackInput(context.get("form"), submission);
      const [result] = await c.get("writeFeedback")(c.get("db"), [input]);
      if (!result) throw new Error("the writer returned no result");
      return accepted(context, result.item.id, result.created, submission.locale);
    },
    (result, c) => {
      if (result.success) return;
      // A bot that filled the honeypot hears success whatever else it sent.
      if (isHoneypotFilled((result as { data?: unknown }).data))
        return accepted(c as unknown as Context<FormEnv>, uuidv7(), true);
      throw new AppError("validation", `invalid ${result.target === "param" ? "path" : "body"}`, {
        errors: fieldErrors(result.error.issues),
      });
    },
  );
}
