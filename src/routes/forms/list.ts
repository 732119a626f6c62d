import { createRoute, z } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth";
import { listForms } from "../../services/forms/forms";
import { errorResponses, type Router } from "../common";
import { Form } from "./schemas";

export const listFormsRoute = createRoute({
  method: "get",
  path: "/v1/forms",
  tags: ["forms"],
  summary: "List the suggestion forms, newest first",
  security: [{ bearerAuth: [] }],
  middleware: [requireRole("admin")] as const,
  responses: {
    200: {
      description: "Every form",
      content: { "application/json": { schema: z.object({ items: z.array(Form) }) } },
    },
    ...errorResponses,
  },
});

export function registerListForms(app: Router) {
  app.openapi(listFormsRoute, async (c) => c.json({ items: await listForms(c.get("db")) }, 200));
}
