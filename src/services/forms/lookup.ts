import type { FormRow } from "../../db/schema";
import type { Database } from "../../db/types";
import { findForm } from "./forms";

/** Finds a form by id; undefined for an unknown one. */
export type FormLookup = (db: Database, id: string) => Promise<FormRow | undefined>;

export interface CachedLookupOptions {
  /** How long a found form is reused without asking the database. */
  ttlMs?: number;
  /** Forms kept at most; the oldest are dropped first. */
  maxForms?: number;
  now?: () => number;
}

/**
 * Remembers found forms for a short while: every page view and submission needs its form, and forms
 * never change once created. Unknown ids are not remembered, so a form is usable the moment it exists
 * and random ids cannot fill the memory.
 */
export function cachedFormLookup(options: CachedLookupOptions = {}): FormLookup {
  const ttlMs = options.ttlMs ?? 60_000;
  const maxForms = options.maxForms ?? 1000;
  const now = options.now ?? Date.now;
  const cache = new Map<string, { form: FormRow; until: number }>();
  return async (db, id) => {
    const hit = cache.get(id);
    if (hit && hit.until > now()) return hit.form;
    const form = await findForm(db, id);
    cache.delete(id);
    if (form) {
      cache.set(id, { form, until: now() + ttlMs });
      if (cache.size > maxForms) cache.delete(cache.keys().next().value as string);
    }
    return form;
  };
}
