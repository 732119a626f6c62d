/**
 * The anchor of the ingest benchmark: Hono and one postgres.js insert per request, nothing else
 * (no validation, no authentication, no deduplication). Prints its URL like the real server.
 */
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import postgres from "postgres";

const sql = postgres(process.env.DATABASE_URL as string, { max: 20, onnotice: () => {} });
const app = new Hono();
app.post("/v1/feedback", async (c) => {
  const body = await c.req.json<{ channel: string; text: string }>();
  const [row] = await sql`
    insert into feedback (id, channel, text, search_text, created_at)
    values (gen_random_uuid(), ${body.channel}, ${body.text}, ${body.text}, now())
    returning id`;
  return c.json({ id: row?.id }, 201);
});
serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info) => {
  process.stdout.write(`listening on http://127.0.0.1:${info.port}\n`);
});
