import { createHash } from "node:crypto";

/** Column names as exports spell them, to the field they fill. Compared without case, `_`, `-`, `.` or spaces. */
const COLUMN_FIELDS: Record<string, string> = {
  channel: "channel",
  text: "text",
  source: "source",
  externalid: "externalId",
  customerid: "customer.id",
  customeremail: "customer.email",
  email: "customer.email",
  customername: "customer.name",
  name: "customer.name",
  rating: "rating",
  createdat: "createdAt",
  lang: "lang",
  language: "lang",
  metadata: "metadata",
};

const columnKey = (name: string) => name.toLowerCase().replace(/[\s_.-]/g, "");

/**
 * A CSV row as a feedback object, before validation. Empty cells are absent; columns that are no
 * feedback field go into `metadata` under their own name.
 */
export function csvRowToRecord(header: string[], fields: string[]): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  const customer: Record<string, string> = {};
  const extra: Record<string, string> = {};
  header.forEach((name, i) => {
    const value = fields[i];
    const field = COLUMN_FIELDS[columnKey(name)];
    // A blank text is kept, so that validation names it; other blank cells are absent values.
    if (value === undefined || (value.trim() === "" && field !== "text")) return;
    if (!field) extra[name] = value;
    else if (field.startsWith("customer.")) customer[field.slice("customer.".length)] = value.trim();
    else if (field === "rating") record.rating = Number.isNaN(Number(value)) ? value : Number(value);
    else if (field === "metadata") record.metadata = parseJsonCell(value);
    else if (field === "text") record.text = value;
    else record[field] = value.trim();
  });
  if (Object.keys(customer).length > 0) record.customer = customer;
  if (Object.keys(extra).length > 0) {
    record.metadata = { ...extra, ...(isObject(record.metadata) ? record.metadata : {}) };
  }
  return record;
}

function parseJsonCell(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value; // left for validation to reject with a clear message
  }
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Items without an external id get one derived from their content, so that importing the same
 * file twice stores nothing twice. Identical records (same channel, source, text, customer and
 * time) count as one.
 */
export function withContentId<T extends { externalId?: string | undefined }>(item: T): T {
  if (item.externalId) return item;
  const { channel, source, text, customer, createdAt } = item as Record<string, unknown>;
  const digest = createHash("sha256")
    .update(JSON.stringify([channel, source ?? "", text, customer ?? null, createdAt ?? null]))
    .digest("hex");
  return { ...item, externalId: `import:${digest.slice(0, 32)}` };
}
