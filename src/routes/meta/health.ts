import { createRoute, z } from "@hono/zod-openapi";
import { sql } from "drizzle-orm";
import type { Router } from "../common";

const HEALTH_TIMEOUT_MS = 2_000;

export const healthRoute = createRoute({
  method: "get",
  path: "/healthz",
  tags: ["meta"],
  summary: "Whether the API and its database answer",
  responses: {
    200: {
      description: "Healthy",
      content: { "application/json": { schema: z.object({ status: z.literal("ok") }) } },
    },
    503: {
      description: "The database does not answer",
      content: {
        "application/json": { schema: z.object({ status: z.literal("unavailable"), detail: z.string() }) },
      },
    },
  },
});

export function registerHealth(app: Router) {
  app.openapi(healthRoute, async (c) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      await Promise.race([
        c.get("db").execute(sql`select 1`),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error("timed out")), HEALTH_TIMEOUT_MS);
        }),
      ]);
      return c.json({ status: "ok" as const }, 200);
    } catch (error) {
      return c.json({ status: "unavailable" as const, detail: `database: ${(error as Error).message}` }, 503);
    } finally {
      clearTimeout(timer);
    }
  });
}
