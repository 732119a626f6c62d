import type { MiddlewareHandler } from "hono";
import type { Role } from "../db/schema";
import type { AppEnv } from "../env";
import { AppError } from "../lib/errors";

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/**
 * Lets a request through when its API key has one of `roles`; admin keys pass everywhere.
 * No key or an unknown one: 401. A known key of another role: 403.
 */
export function requireRole(...roles: Role[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const match = BEARER.exec(c.req.header("authorization") ?? "");
    const challenge = { "WWW-Authenticate": 'Bearer realm="painpoint"' };
    if (!match?.[1]) {
      throw new AppError("unauthorized", "send an API key as `Authorization: Bearer <key>`", {
        headers: challenge,
      });
    }
    const key = await c.get("keys").verify(c.get("db"), match[1]);
    if (!key) throw new AppError("unauthorized", "the API key is unknown or revoked", { headers: challenge });
    c.set("apiKey", key);
    if (key.role !== "admin" && !roles.includes(key.role)) {
      throw new AppError(
        "forbidden",
        `this route needs a key with the role ${roles.join(" or ")}; yours is ${key.role}`,
      );
    }
    await next();
  };
}
