import { Hono } from "hono";
import { afterEach, describe, expect, it, vi } from "vitest";
import { addressKey, clientAddress, createRateLimiter } from "./rate-limit";

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe("createRateLimiter", () => {
  it("lets `limit` requests through at once, then one per window/limit", () => {
    const time = clock();
    const limiter = createRateLimiter({ limit: 3, windowMs: 60_000, now: time.now });
    expect([1, 2, 3].map(() => limiter.take("a").allowed)).toEqual([true, true, true]);
    expect(limiter.take("a")).toEqual({ allowed: false, retryAfterSeconds: 20 });
    time.advance(19_000);
    expect(limiter.take("a")).toEqual({ allowed: false, retryAfterSeconds: 1 });
    time.advance(1_000);
    expect(limiter.take("a").allowed).toBe(true);
    expect(limiter.take("a").allowed).toBe(false);
  });

  it("counts each key on its own", () => {
    const time = clock();
    const limiter = createRateLimiter({ limit: 1, windowMs: 10_000, now: time.now });
    expect(limiter.take("a").allowed).toBe(true);
    expect(limiter.take("b").allowed).toBe(true);
    expect(limiter.take("a")).toEqual({ allowed: false, retryAfterSeconds: 10 });
  });

  it("refills completely after a quiet window", () => {
    const time = clock();
    const limiter = createRateLimiter({ limit: 2, windowMs: 1_000, now: time.now });
    limiter.take("a");
    limiter.take("a");
    time.advance(5_000);
    expect([limiter.take("a").allowed, limiter.take("a").allowed, limiter.take("a").allowed]).toEqual([
      true,
      true,
      false,
    ]);
  });

  it("remembers at most maxClients keys, forgetting the least recent first", () => {
    const time = clock();
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000, maxClients: 10, now: time.now });
    for (let i = 0; i < 25; i++) limiter.take(`client-${i}`);
    expect(limiter.size()).toBeLessThanOrEqual(10);
    // The most recent client is still limited; the first ones were forgotten.
    expect(limiter.take("client-24").allowed).toBe(false);
    expect(limiter.take("client-0").allowed).toBe(true);
  });
});

describe("addressKey", () => {
  it("keeps IPv4 addresses and unwraps IPv4-mapped IPv6", () => {
    expect(addressKey("203.0.113.7")).toBe("203.0.113.7");
    expect(addressKey("::ffff:203.0.113.7")).toBe("203.0.113.7");
  });

  it("groups IPv6 addresses by their /64", () => {
    expect(addressKey("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:0DB8:0001:0002:ffff:ffff:ffff:ffff")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(addressKey("::1")).toBe("0:0:0:0::/64");
  });
});

describe("clientAddress", () => {
  const nodeEnv = (remoteAddress: string) => ({ incoming: { socket: { remoteAddress } } });

  async function addressOf(headers: Record<string, string>, env: unknown, trustProxy?: number) {
    const app = new Hono();
    app.get("/", (c) => c.text(clientAddress(c, { trustProxy }) ?? "(none)"));
    return (await app.request("/", { headers }, env as never)).text();
  }

  it("uses the socket's address on Node and ignores X-Forwarded-For unless told to trust a proxy", async () => {
    const headers = { "x-forwarded-for": "198.51.100.1, 10.0.0.2" };
    expect(await addressOf(headers, nodeEnv("10.0.0.3"))).toBe("10.0.0.3");
    expect(await addressOf(headers, nodeEnv("10.0.0.3"), 1)).toBe("10.0.0.2");
    expect(await addressOf(headers, nodeEnv("10.0.0.3"), 2)).toBe("198.51.100.1");
  });

  it("does not believe CF-Connecting-IP on Node", async () => {
    expect(await addressOf({ "cf-connecting-ip": "192.0.2.9" }, nodeEnv("10.0.0.3"))).toBe("10.0.0.3");
  });

  it("reads CF-Connecting-IP on Cloudflare Workers", async () => {
    vi.stubGlobal("navigator", { userAgent: "Cloudflare-Workers" });
    expect(await addressOf({ "cf-connecting-ip": "192.0.2.9" }, { DATABASE_URL: "x" })).toBe("192.0.2.9");
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("tells nothing when the runtime gives no address", async () => {
    expect(await addressOf({ "cf-connecting-ip": "192.0.2.9" }, undefined)).toBe("(none)");
  });
});
