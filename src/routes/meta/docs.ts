import { swaggerUI } from "@hono/swagger-ui";
import type { Router } from "../common";

export function registerDocs(app: Router) {
  app.openAPIRegistry.registerComponent("securitySchemes", "bearerAuth", {
    type: "http",
    scheme: "bearer",
    description: "An API key made with `cli keys create --role ingest|lead|admin`",
  });
  app.doc31("/openapi.json", (c) => ({
    openapi: "3.1.0",
    info: {
      title: "Painpoint API",
      version: "1.0.0",
      description:
        "Feedback in (forms, tickets, social mentions), recurring pain points out. Errors are application/problem+json (RFC 9457).",
    },
    servers: [{ url: new URL(c.req.url).origin }],
  }));
  app.get("/docs", swaggerUI({ url: "/openapi.json", title: "Painpoint API" }));
}
