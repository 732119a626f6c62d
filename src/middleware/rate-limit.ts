import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context, MiddlewareHandler } from "hono";
import type { AppEnv } from "../env";
import { AppError } from "../lib/errors";

export interface RateLimitOptions {
  /** How many requests one client may send at once, and per `windowMs` on average. */
  limit: number;
  windowMs: number;
  /** Clients remembered at most; the least recently seen are forgotten first. */
  maxClients?: number;
  now?: () => number;
}

export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiter {
  take(key: string): RateLimitDecision;
  /** Clients currently remembered (for tests and metrics). */
  size(): number;
}

/**
 * A token bucket per key, kept as one number (GCRA): the time at which the bucket is full again.
 * `limit` requests may come at once; after that one every `windowMs / limit`. Memory is bounded:
 * a key whose bucket is full again carries no information and is dropped first.
 */
export function createRateLimiter(options: RateLimitOptions): RateLimiter {
  const { limit, windowMs } = options;
  if (!(limit >= 1) || !(windowMs > 0)) throw new Error("rate limit needs limit >= 1 and windowMs > 0");
  const now = options.now ?? Date.now;
  const maxClients = options.maxClients ?? 100_000;
  const interval = windowMs / limit;
  const tolerance = windowMs - interval;
  // Insertion order doubles as recency order: a key is re-inserted on every request.
  const fullAt = new Map<string, number>();

  const evict = (t: number) => {
    for (const [key, at] of fullAt) {
      if (fullAt.size <= maxClients * 0.9 && at > t) break;
      fullAt.delete(key);
    }
  };

  return {
    take(key) {
      const t = now();
      const start = Math.max(fullAt.get(key) ?? t, t);
      const wait = start - t - tolerance;
      if (wait > 0) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(wait / 1000)) };
      fullAt.delete(key);
      fullAt.set(key, start + interval);
      if (fullAt.size > maxClients) evict(t);
      return { allowed: true };
    },
    size: () => fullAt.size,
  };
}

export interface ClientAddressOptions {
  /**
   * How many reverse proxies in front of the server to believe. 0 (the default): the socket's
   * address, and `X-Forwarded-For` is ignored, since any client can send it. N: the address the
   * N-th proxy from us saw, read from the right end of `X-Forwarded-For`.
   */
  trustProxy?: number;
}

const onWorkers = () => globalThis.navigator?.userAgent === "Cloudflare-Workers";

function socketAddress(c: Context): string | undefined {
  const env = c.env as { incoming?: unknown; server?: { incoming?: unknown } } | undefined;
  if (!env?.incoming && !env?.server?.incoming) return undefined;
  return getConnInfo(c).remote.address;
}

/**
 * The address of the client that sent the request: the socket's on Node (@hono/node-server),
 * `CF-Connecting-IP` on Cloudflare Workers (set by Cloudflare, never by the client), undefined when
 * the runtime tells neither (as under `app.request` in tests).
 */
export function clientAddress(c: Context, options: ClientAddressOptions = {}): string | undefined {
  const trustProxy = options.trustProxy ?? 0;
  const socket = socketAddress(c);
  if (socket === undefined) return onWorkers() ? c.req.header("cf-connecting-ip")?.trim() : undefined;
  if (trustProxy <= 0) return socket;
  const forwarded = (c.req.header("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const chain = [...forwarded, socket];
  return chain[Math.max(0, chain.length - 1 - trustProxy)];
}

function expandIpv6(address: string): string[] | undefined {
  const [head = "", tail, extra] = address.split("::");
  if (extra !== undefined) return undefined;
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const missing = tail === undefined ? 0 : 8 - left.length - right.length;
  if (missing < 0) return undefined;
  return [...left, ...Array.from({ length: missing }, () => "0"), ...right];
}

/**
 * The bucket an address counts against. An IPv6 client usually holds a whole /64, so a /64 is one
 * client; an IPv4-mapped IPv6 address is its IPv4 address.
 */
export function addressKey(address: string): string {
  const bare = address
    .replace(/^\[|\]$/g, "")
    .replace(/%.*$/, "")
    .toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(bare);
  if (mapped?.[1]) return mapped[1];
  if (!bare.includes(":")) return bare;
  const groups = expandIpv6(bare);
  if (!groups) return bare;
  return `${groups
    .slice(0, 4)
    .map((g) => Number.parseInt(g || "0", 16).toString(16))
    .join(":")}::/64`;
}

export interface RateLimitMiddlewareOptions extends ClientAddressOptions {
  /** What the client is told it sent too many of, e.g. "submissions". */
  what?: string;
}

/**
 * 429 with `Retry-After` once a client address has used up its bucket. Requests whose address the
 * runtime does not tell share one bucket, so the limit still holds as a whole.
 */
export function rateLimit(
  limiter: RateLimiter,
  options: RateLimitMiddlewareOptions = {},
): MiddlewareHandler<AppEnv> {
  const what = options.what ?? "requests";
  return async (c, next) => {
    const address = clientAddress(c, options);
    const decision = limiter.take(address ? addressKey(address) : "unknown");
    if (!decision.allowed) {
      const seconds = decision.retryAfterSeconds;
      throw new AppError(
        "rate_limited",
        `too many ${what} from your address; try again in ${seconds} second${seconds === 1 ? "" : "s"}`,
        { headers: { "Retry-After": String(seconds) } },
      );
    }
    await next();
  };
}
