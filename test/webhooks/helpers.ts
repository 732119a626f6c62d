import { readFileSync } from "node:fs";
import { and, eq } from "drizzle-orm";
import { feedback } from "../../src/db/schema";
import type { Database } from "../../src/db/types";
import type { TestClient } from "../app";

/** A fixture's bytes as a provider would send them (signatures are over exactly these). */
export function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/webhooks/${name}`, import.meta.url), "utf8");
}

export const bytes = (text: string) => new TextEncoder().encode(text);

export interface CreatedIntegration {
  id: string;
  secret: string;
  webhookUrl: string;
  path: string;
}

export async function createIntegration(
  client: TestClient,
  provider: string,
  secret?: string,
): Promise<CreatedIntegration> {
  const res = await client.request("POST", "/v1/integrations", {
    as: "admin",
    body: { provider, name: `${provider} test`, ...(secret && { secret }) },
  });
  if (res.status !== 201) throw new Error(`integration not created: ${res.status} ${await res.text()}`);
  const body = await res.json();
  return { ...body, path: new URL(body.webhookUrl).pathname };
}

/** POSTs a raw body to a webhook path, with no API key. */
export function deliver(
  client: TestClient,
  path: string,
  body: string,
  headers: Record<string, string> = {},
) {
  return client.app.request(path, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
  });
}

/** The stored rows of one delivery key: what "never twice" is about. */
export function storedRows(db: Database, source: string, externalId: string) {
  return db
    .select()
    .from(feedback)
    .where(and(eq(feedback.source, source), eq(feedback.externalId, externalId)));
}

export async function readItem(client: TestClient, id: string) {
  const res = await client.request("GET", `/v1/feedback/${id}`, { as: "lead" });
  if (res.status !== 200) throw new Error(`item ${id} not readable: ${res.status}`);
  return res.json();
}
