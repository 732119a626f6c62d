import { asc, eq } from "drizzle-orm";
import { type IntegrationRow, integrations, type Provider } from "../../db/schema";
import type { Database } from "../../db/types";
import { AppError } from "../../lib/errors";
import { isUuid, randomToken, uuidv7 } from "../../lib/ids";

/** Generated webhook secrets start with this, as API keys start with pp_. */
const SECRET_PREFIX = "whsec_";

/** Where a provider posts an integration's deliveries, below the API's origin. */
export function webhookPath(provider: Provider, id: string): string {
  return `/v1/webhooks/${provider}/${id}`;
}

/** An integration as listed: never its secret. */
export interface Integration {
  id: string;
  provider: Provider;
  name: string;
  createdAt: string;
  secretUpdatedAt: string;
}

/** An integration as created or re-keyed: the secret, shown this once. */
export interface IntegrationWithSecret extends Integration {
  secret: string;
}

const toIntegration = (row: IntegrationRow): Integration => ({
  id: row.id,
  provider: row.provider,
  name: row.name,
  createdAt: row.createdAt.toISOString(),
  secretUpdatedAt: row.secretUpdatedAt.toISOString(),
});

const notFound = (id: string) => new AppError("not_found", `no integration with id ${id}`);

export async function createIntegration(
  db: Database,
  input: { provider: Provider; name: string; secret?: string | undefined },
): Promise<IntegrationWithSecret> {
  const secret = input.secret ?? randomToken(SECRET_PREFIX);
  const [row] = await db
    .insert(integrations)
    .values({ id: uuidv7(), provider: input.provider, name: input.name, secret })
    .returning();
  if (!row) throw new Error("the integration was not stored");
  return { ...toIntegration(row), secret };
}

export async function listIntegrations(db: Database): Promise<Integration[]> {
  const rows = await db
    .select()
    .from(integrations)
    .orderBy(asc(integrations.createdAt), asc(integrations.id));
  return rows.map(toIntegration);
}

/** The stored row, secret included, for verifying a delivery; undefined when there is none. */
export async function findIntegration(db: Database, id: string): Promise<IntegrationRow | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db.select().from(integrations).where(eq(integrations.id, id)).limit(1);
  return row;
}

export async function deleteIntegration(db: Database, id: string): Promise<void> {
  if (!isUuid(id)) throw notFound(id);
  const rows = await db
    .delete(integrations)
    .where(eq(integrations.id, id))
    .returning({ id: integrations.id });
  if (rows.length === 0) throw notFound(id);
}

/** Replaces the secret with the given one (a helpdesk's own signing secret) or a new random one. */
export async function setIntegrationSecret(
  db: Database,
  id: string,
  secret?: string | undefined,
): Promise<IntegrationWithSecret> {
  if (!isUuid(id)) throw notFound(id);
  const next = secret ?? randomToken(SECRET_PREFIX);
  const [row] = await db
    .update(integrations)
    .set({ secret: next, secretUpdatedAt: new Date() })
    .where(eq(integrations.id, id))
    .returning();
  if (!row) throw notFound(id);
  return { ...toIntegration(row), secret: next };
}
