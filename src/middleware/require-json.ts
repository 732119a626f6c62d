import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env";
import { AppError } from "../lib/errors";

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/** 415 for a body that is not declared as JSON, before anything tries to parse it. */
export const requireJson: MiddlewareHandler<AppEnv> = async (c, next) => {
  const type = c.req.header("content-type") ?? "";
  if (!JSON_TYPE.test(type)) {
    throw new AppError(
      "unsupported_media_type",
      `send the body as application/json (got ${type ? JSON.stringify(type.slice(0, 100)) : "no Content-Type"})`,
    );
  }
  await next();
};
