import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth";
import { requireJson } from "../../middleware/require-json";
import { createForm } from "../../services/forms/forms";
import { errorResponses, type Router } from "../common";
import { Form, FormInput } from "./schemas";

export const createFormRoute = createRoute({
  method: "post",
  path: "/v1/forms",
  tags: ["forms"],
  summary: "Create a suggestion form",
  description:
    "Customers fill it in at `GET /forms/{id}`. Allowed origins may embed that page and post to the form from their own pages.",
  security: [{ bearerAuth: [] }],
  middleware: [requireRole("admin"), requireJson] as const,
  request: { body: { required: true, content: { "application/json": { schema: FormInput } } } },
  responses: {
    201: { description: "Created", content: { "application/json": { schema: Form } } },
    ...errorResponses,
  },
});

export function registerCreateForm(app: Router) {
  app.openapi(createFormRoute, async (c) => {
    const form = await createForm(c.get("db"), c.req.valid("json"));
    return c.json(form, 201);
  });
}
