import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env";
import { AppError } from "../lib/errors";

export const MAX_BODY_BYTES = 1024 * 1024;
// Past this much, a body is not worth reading to keep the connection: the client is hostile.
const MAX_DRAIN_BYTES = 64 * 1024 * 1024;

async function drain(body: ReadableStream<Uint8Array>, limit: number): Promise<number> {
  const reader = body.getReader();
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limit) {
        await reader.cancel();
        break;
      }
    }
  } catch {
    // The client went away; nothing to keep.
  }
  return total;
}

const tooLarge = () =>
  new AppError("payload_too_large", `the request body is over ${MAX_BODY_BYTES} bytes (1 MiB)`);

/**
 * Refuses bodies over 1 MiB with 413, after reading (and discarding) what was sent: answering before
 * the body is consumed makes Node close the keep-alive connection under the next request on it.
 */
export function bodyLimit(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    // Only the header first: touching `c.req.raw.body` makes @hono/node-server build a full web
    // Request with streams, which costs more than the rest of an ingest request.
    const declared = c.req.header("content-length");
    if (declared !== undefined) {
      if (Number(declared) > MAX_BODY_BYTES) {
        const body = c.req.raw.body;
        if (body) await drain(body, MAX_DRAIN_BYTES);
        throw tooLarge();
      }
      return next();
    }
    if (c.req.method === "GET" || c.req.method === "HEAD") return next();
    const body = c.req.raw.body;
    if (!body) return next();
    // No length declared (chunked): read up to the limit, then hand the bytes on.
    const reader = body.getReader();
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > MAX_BODY_BYTES) {
        reader.releaseLock();
        await drain(body, MAX_DRAIN_BYTES);
        throw tooLarge();
      }
      chunks.push(value);
    }
    const bytes = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.byteLength;
    }
    c.req.raw = new Request(c.req.raw, { body: bytes });
    return next();
  };
}
