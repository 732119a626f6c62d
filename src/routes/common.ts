import { OpenAPIHono, z } from "@hono/zod-openapi";
import "../lib/zod-messages";
import type { AppEnv } from "../env";
import { AppError, fieldErrors } from "../lib/errors";

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    requestId: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .openapi("Problem");

/** An error answer in the OpenAPI document: a problem+json body with this description. */
export const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: ProblemSchema } },
});

/** The error answers every route shares, for the OpenAPI document. */
export const errorResponses = {
  400: problem("Malformed request (broken JSON, bad query parameter)"),
  401: problem("No API key, or an unknown or revoked one"),
  403: problem("The key's role lacks the right"),
  413: problem("Body over 1 MiB"),
  415: problem("Body not declared as application/json"),
  422: problem("Invalid fields; `errors` names each"),
  429: problem("Rate limited; see Retry-After"),
  503: problem("The database is not answering"),
} as const;

/**
 * The app (or a sub-app) with the project's validation answer: invalid JSON bodies are 422 naming
 * each field, invalid query and path parameters 400.
 */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (result.success) return;
      const where = result.target === "json" || result.target === "form" ? "body" : result.target;
      throw new AppError(result.target === "json" ? "validation" : "bad_request", `invalid ${where}`, {
        errors: fieldErrors(result.error.issues),
      });
    },
  });
}

export type Router = ReturnType<typeof createRouter>;
