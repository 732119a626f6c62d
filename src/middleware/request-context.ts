import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env";
import type { Logger } from "../lib/logger";

const SAFE_REQUEST_ID = /^[\w.:-]{1,128}$/;

/**
 * Gives each request an id (the caller's `X-Request-Id` when it is sane) that errors and logs carry,
 * and logs one structured line per request: never bodies, never keys.
 */
export function requestContext(log: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    const given = c.req.header("x-request-id");
    const requestId = given && SAFE_REQUEST_ID.test(given) ? given : crypto.randomUUID();
    c.set("requestId", requestId);
    c.set("log", log);
    await next();
    c.header("X-Request-Id", requestId);
    const status = c.res.status;
    const fields = {
      requestId,
      method: c.req.method,
      path: c.req.path,
      route: c.req.routePath,
      status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      keyId: c.get("apiKey")?.id,
    };
    if (status >= 500) log.error("request", fields);
    else log.info("request", fields);
  };
}
