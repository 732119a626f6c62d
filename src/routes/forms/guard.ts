import type { Context, MiddlewareHandler } from "hono";
import type { FormRow } from "../../db/schema";
import type { AppEnv } from "../../env";
import { AppError } from "../../lib/errors";
import type { FormLookup } from "../../services/forms/lookup";

/** What the submission route's middleware hands on: the form being posted to. */
export interface FormEnv extends AppEnv {
  Variables: AppEnv["Variables"] & { form: FormRow };
}

const FORM_CONTENT = /^(?:application\/x-www-form-urlencoded|multipart\/form-data)\s*(?:;|$)/i;

/**
 * A plain HTML form post from a browser (no script): it wants a page back, not JSON. Told by the
 * body's type and the browser's navigation headers, so a script posting form-encoded still gets JSON.
 */
export function wantsHtml(c: Context): boolean {
  if (!FORM_CONTENT.test(c.req.header("content-type") ?? "")) return false;
  if (c.req.header("sec-fetch-mode") === "navigate") return true;
  return /\btext\/html\b/i.test(c.req.header("accept") ?? "");
}

/** An Origin naming this server itself: the form page posting to its own endpoint. */
function isSameOrigin(c: Context, origin: string): boolean {
  if (c.req.header("sec-fetch-site") === "same-origin") return true;
  const host = c.req.header("host") ?? new URL(c.req.url).host;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** Whether a browser at `origin` may post to `form`. No Origin at all: not a browser's cross-site request. */
export function isOriginAllowed(c: Context, form: FormRow, origin: string | undefined): boolean {
  return origin === undefined || isSameOrigin(c, origin) || form.allowedOrigins.includes(origin);
}

async function loadForm(lookup: FormLookup, c: Context<AppEnv>): Promise<FormRow> {
  const form = await lookup(c.get("db"), c.req.param("formId") ?? "");
  if (!form) throw new AppError("not_found", "there is no form with this id");
  return form;
}

const refused = (origin: string) =>
  new AppError(
    "forbidden",
    `this form does not accept submissions from ${origin.slice(0, 200)}; an admin can add it to the form's allowed origins`,
  );

/**
 * Loads the form (404 for an unknown id) and applies its CORS policy: an allowed origin gets the
 * CORS headers on every answer, errors included, so its script can read them; any other origin is
 * refused with 403 and no CORS headers.
 */
export const formGuard =
  (lookup: FormLookup): MiddlewareHandler<FormEnv> =>
  async (c, next) => {
    const form = await loadForm(lookup, c as unknown as Context<AppEnv>);
    c.set("form", form);
    const origin = c.req.header("origin");
    if (!isOriginAllowed(c, form, origin)) throw refused(origin ?? "");
    await next();
    c.res.headers.append("Vary", "Origin");
    if (origin && form.allowedOrigins.includes(origin)) {
      c.res.headers.set("Access-Control-Allow-Origin", origin);
      c.res.headers.set("Access-Control-Expose-Headers", "Retry-After, X-Request-Id");
    }
  };

/** The answer to a CORS preflight: 204 with what the browser may send, or 403 without CORS headers. */
export const answerPreflight = (lookup: FormLookup) => async (c: Context<AppEnv>) => {
  const form = await loadForm(lookup, c);
  const origin = c.req.header("origin");
  if (!origin || !isOriginAllowed(c, form, origin)) throw refused(origin ?? "(no Origin)");
  return c.body(null, 204, {
    "Access-Control-Allow-Origin": origin,
    "Access-Control-Allow-Methods": "POST",
    "Access-Control-Allow-Headers": "Content-Type, Accept, X-Request-Id",
    "Access-Control-Max-Age": "600",
    Vary: "Origin",
  });
};
