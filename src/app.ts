import type { Context } from "hono";
import type { Database } from "./db/types";
import type { AppEnv } from "./env";
import { AppError } from "./lib/errors";
import type { Logger } from "./lib/logger";
import { handleError } from "./lib/problem";
import { bodyLimit } from "./middleware/body-limit";
import { requestContext } from "./middleware/request-context";
import { createRouter } from "./routes/common";
import { registerFeedbackRoutes } from "./routes/feedback";
import { type FormRouteOptions, registerFormRoutes } from "./routes/forms";
import { registerDocs } from "./routes/meta/docs";
import { registerHealth } from "./routes/meta/health";
import { registerPainPointRoutes } from "./routes/pain-points";
import { registerTeamRoutes } from "./routes/teams";
import { registerWebhookRoutes } from "./routes/webhooks";
import { type FeedbackWriter, writeDirectly } from "./services/feedback/write";
import { createKeyVerifier } from "./services/keys/verify";

/** The database a request works with, and what to do once the response is out. */
export interface RequestDatabase {
  db: Database;
  release?: () => Promise<void>;
}

export interface AppDeps {
  /** Node hands out its pool; a Worker opens a client per request (and releases it after). */
  database: (c: Context<AppEnv>) => RequestDatabase;
  log: Logger;
  /** How feedback is written; defaults to one statement per request. */
  writeFeedback?: FeedbackWriter;
  /** Proxy trust of the public form endpoints (their rate limit is fixed). */
  forms?: FormRouteOptions;
}

/** The one HTTP app, for Node and Workers alike. */
export function createApp(deps: AppDeps) {
  const app = createRouter();
  const keys = createKeyVerifier();
  const writeFeedback = deps.writeFeedback ?? writeDirectly;

  app.use(requestContext(deps.log));
  app.use(async (c, next) => {
    const { db, release } = deps.database(c);
    c.set("db", db);
    c.set("keys", keys);
    c.set("writeFeedback", writeFeedback);
    try {
      await next();
    } finally {
      if (release) {
        const done = release().catch(() => {});
        try {
          c.executionCtx.waitUntil(done);
        } catch {
          // No execution context outside Workers: the promise settles on its own.
        }
      }
    }
  });
  app.use(bodyLimit());

  registerHealth(app);
  registerDocs(app);
  registerFeedbackRoutes(app);
  registerPainPointRoutes(app);
  registerTeamRoutes(app);
  registerFormRoutes(app, deps.forms);
  registerWebhookRoutes(app);

  app.notFound((c) =>
    handleError(new AppError("not_found", `no route for ${c.req.method} ${c.req.path}`), c),
  );
  app.onError(handleError);
  return app;
}

export type App = ReturnType<typeof createApp>;
