import { desc, eq } from "drizzle-orm";
import { type FormRow, forms } from "../../db/schema";
import type { Database } from "../../db/types";
import { isUuid, uuidv7 } from "../../lib/ids";
import { normalizeOrigin } from "./origins";

export const DEFAULT_FORM_SOURCE = "website-form";

export interface NewForm {
  name: string;
  allowedOrigins?: string[] | undefined;
  /** The `source` its feedback items get; default `website-form`. */
  source?: string | undefined;
}

/** A suggestion form as the API shows it. */
export interface Form {
  id: string;
  name: string;
  source: string;
  allowedOrigins: string[];
  createdAt: string;
  /** Where customers fill it in, and where it posts (paths on this server). */
  page: string;
  submissions: string;
}

export function toForm(row: FormRow): Form {
  return {
    id: row.id,
    name: row.name,
    source: row.source,
    allowedOrigins: row.allowedOrigins,
    createdAt: row.createdAt.toISOString(),
    page: `/forms/${row.id}`,
    submissions: `/v1/forms/${row.id}/submissions`,
  };
}

/** Stores a new form. Origins are normalized; an invalid one is an error naming it. */
export async function createForm(db: Database, input: NewForm): Promise<Form> {
  const origins: string[] = [];
  for (const given of input.allowedOrigins ?? []) {
    const origin = normalizeOrigin(given);
    if (!origin) throw new Error(`not an origin (scheme://host[:port]): ${given}`);
    if (!origins.includes(origin)) origins.push(origin);
  }
  const [row] = await db
    .insert(forms)
    .values({
      id: uuidv7(),
      name: input.name.trim(),
      source: input.source ?? DEFAULT_FORM_SOURCE,
      allowedOrigins: origins,
    })
    .returning();
  if (!row) throw new Error("the form was not stored");
  return toForm(row);
}

/** The form with this id; undefined for an unknown id or one that is not a UUID at all. */
export async function findForm(db: Database, id: string): Promise<FormRow | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db.select().from(forms).where(eq(forms.id, id)).limit(1);
  return row;
}

/** Every form, newest first (a company has a handful, so no paging). */
export async function listForms(db: Database): Promise<Form[]> {
  const rows = await db.select().from(forms).orderBy(desc(forms.createdAt), desc(forms.id)).limit(1000);
  return rows.map(toForm);
}
