import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { newNonce, pageHeaders } from "../../forms/headers";
import { type Locale, negotiateLocale } from "../../forms/messages";
import { renderFormPage, renderNotFoundPage, renderThanksPage } from "../../forms/page";
import { uuidv7 } from "../../lib/ids";
import type { FormLookup } from "../../services/forms/lookup";
import type { Router } from "../common";
import { FormIdParam, LangQuery } from "./schemas";

const html = (description: string) => ({ description, content: { "text/html": { schema: z.string() } } });

export const formPageRoute = createRoute({
  method: "get",
  path: "/forms/{formId}",
  tags: ["forms"],
  summary: "The suggestion form page",
  description:
    "A small accessible page that works without JavaScript. Interface in English, Arabic or Hebrew (`lang`, else Accept-Language); what people type may be in any language and direction. Embeddable in an iframe by the form's allowed origins.",
  request: { params: FormIdParam, query: LangQuery },
  responses: { 200: html("The page"), 404: html("No such form") },
});

export const thanksPageRoute = createRoute({
  method: "get",
  path: "/forms/{formId}/thanks",
  tags: ["forms"],
  summary: "The thank-you page a plain form post is redirected to",
  request: { params: FormIdParam, query: LangQuery },
  responses: { 200: html("The page"), 404: html("No such form") },
});

export const localeOf = (c: Context, requested?: string): Locale =>
  negotiateLocale(c.req.header("accept-language"), requested);

/** The not-found page, for a person following a stale link. */
export function notFoundPage(c: Context, locale: Locale) {
  const nonce = newNonce();
  return c.html(renderNotFoundPage({ locale, nonce }), 404, pageHeaders(nonce, [], locale));
}

export function registerFormPages(app: Router, lookup: FormLookup) {
  app.openapi(formPageRoute, async (c) => {
    const { formId } = c.req.valid("param");
    const locale = localeOf(c, c.req.valid("query").lang);
    const form = await lookup(c.get("db"), formId);
    if (!form) return notFoundPage(c, locale);
    const nonce = newNonce();
    const page = renderFormPage({ form, locale, nonce, submissionId: uuidv7() });
    return c.html(page, 200, { ...pageHeaders(nonce, form.allowedOrigins, locale), Vary: "Accept-Language" });
  });

  app.openapi(thanksPageRoute, async (c) => {
    const { formId } = c.req.valid("param");
    const locale = localeOf(c, c.req.valid("query").lang);
    const form = await lookup(c.get("db"), formId);
    if (!form) return notFoundPage(c, locale);
    const nonce = newNonce();
    return c.html(
      renderThanksPage({ form, locale, nonce }),
      200,
      pageHeaders(nonce, form.allowedOrigins, locale),
    );
  });
}
