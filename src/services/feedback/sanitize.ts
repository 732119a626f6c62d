/** PostgreSQL rejects U+0000 in text and jsonb; the contract lets us drop it and change nothing else. */
export function stripNul(value: string): string {
  return value.includes("\u0000") ? value.replaceAll("\u0000", "") : value;
}

/** A deep copy of a JSON value without NUL characters in its strings and keys. */
export function stripNulDeep(value: unknown): unknown {
  if (typeof value === "string") return stripNul(value);
  if (Array.isArray(value)) return value.map(stripNulDeep);
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[stripNul(k)] = stripNulDeep(v);
    return out;
  }
  return value;
}

/** Key under which one customer's feedback is counted: their id in the source system, else their email. */
export function customerKeyOf(customer: { id?: string; email?: string } | undefined): string | null {
  if (!customer) return null;
  if (customer.id) return `id:${customer.id}`;
  if (customer.email) return `email:${customer.email.trim().toLowerCase()}`;
  return null;
}
