import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { apiKeys, type Role } from "../../db/schema";
import type { Database } from "../../db/types";
import { randomToken, uuidv7 } from "../../lib/ids";

const KEY_PREFIX = "pp_";

/** Synchronous (node:crypto, also on Workers with nodejs_compat): it runs on every request. */
export function sha256Hex(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

export interface CreatedKey {
  id: string;
  role: Role;
  name: string | null;
  /** The secret itself: shown once, never stored. */
  key: string;
}

export async function createApiKey(db: Database, role: Role, name?: string): Promise<CreatedKey> {
  const key = randomToken(KEY_PREFIX);
  const id = uuidv7();
  await db.insert(apiKeys).values({
    id,
    role,
    name: name ?? null,
    keyHash: sha256Hex(key),
    prefix: key.slice(0, KEY_PREFIX.length + 6),
  });
  return { id, role, name: name ?? null, key };
}

export async function revokeApiKey(db: Database, id: string): Promise<boolean> {
  const rows = await db
    .update(apiKeys)
    .set({ revokedAt: new Date() })
    .where(eq(apiKeys.id, id))
    .returning({ id: apiKeys.id });
  return rows.length > 0;
}
