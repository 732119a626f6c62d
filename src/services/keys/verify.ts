import { eq } from "drizzle-orm";
import { apiKeys, type Role } from "../../db/schema";
import type { Database } from "../../db/types";
import { sha256Hex } from "./keys";

export interface VerifiedKey {
  id: string;
  role: Role;
}

interface CacheEntry {
  key: VerifiedKey | null;
  expiresAt: number;
}

export interface KeyVerifier {
  verify(db: Database, presented: string): Promise<VerifiedKey | null>;
}

/**
 * Looks keys up by their SHA-256 and remembers the answer for `ttlMs`, so that ingestion under load
 * does not cost a query per request. A revoked key stops working within that time. `last_used_at` is
 * written at most once a minute per key, off the request path.
 */
export function createKeyVerifier(options: { ttlMs?: number; now?: () => number } = {}): KeyVerifier {
  const ttlMs = options.ttlMs ?? 30_000;
  const now = options.now ?? Date.now;
  const cache = new Map<string, CacheEntry>();
  const lastTouched = new Map<string, number>();

  const touch = (db: Database, id: string) => {
    const t = now();
    if ((lastTouched.get(id) ?? 0) > t - 60_000) return;
    lastTouched.set(id, t);
    db.update(apiKeys)
      .set({ lastUsedAt: new Date(t) })
      .where(eq(apiKeys.id, id))
      .catch(() => lastTouched.delete(id));
  };

  return {
    async verify(db, presented) {
      const hash = sha256Hex(presented);
      const cached = cache.get(hash);
      if (cached && cached.expiresAt > now()) {
        if (cached.key) touch(db, cached.key.id);
        return cached.key;
      }
      const [row] = await db
        .select({
          id: apiKeys.id,
          role: apiKeys.role,
          revokedAt: apiKeys.revokedAt,
        })
        .from(apiKeys)
        .where(eq(apiKeys.keyHash, hash))
        .limit(1);
      const key = row && !row.revokedAt ? { id: row.id, role: row.role } : null;
      // Bounded: a flood of made-up keys must not grow the cache without end.
      if (cache.size > 10_000) cache.clear();
      cache.set(hash, { key, expiresAt: now() + (key ? ttlMs : 5_000) });
      if (key) touch(db, key.id);
      return key;
    },
  };
}
