import { eq } from "drizzle-orm";
import { apiKeys, type Role } from "../../db/schema";
import type { Database } from "../../db/types";
import { uuidv7 } from "../../lib/ids";

const KEY_PREFIX = "pp_";

export async function sha256Hex(value: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(value));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

function randomKey(): string {
  const bytes = new Uint8Array(32);
  crypto.getRandomValues(bytes);
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return KEY_PREFIX + btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export interface CreatedKey {
  id: string;
  role: Role;
  name: string | null;
  /** The secret itself: shown once, never stored. */
  key: string;
}

export async function createApiKey(db: Database, role: Role, name?: string): Promise<CreatedKey> {
  const key = randomKey();
  const id = uuidv7();
  await db.insert(apiKeys).values({
    id,
    role,
    name: name ?? null,
    keyHash: await sha256Hex(key),
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
