import type { FieldError } from "../lib/errors";
import { MAX_TEXT_CHARS } from "../routes/feedback/schemas";
import type { Messages } from "./messages";

/** The fields a person sees, in page order. */
export const FORM_FIELDS = ["text", "rating", "name", "email"] as const;
export type FormField = (typeof FORM_FIELDS)[number];

const isFormField = (path: string): path is FormField => FORM_FIELDS.includes(path as FormField);

/**
 * What to tell a person about an invalid field, in their language. Told from the value rather than
 * from the validator's English message, so the page and its script say the same thing.
 */
export function fieldMessage(field: FormField, value: unknown, m: Messages): string {
  switch (field) {
    case "text": {
      const text = typeof value === "string" ? value.trim() : "";
      if (text === "") return m.textBlank;
      return [...text].length > MAX_TEXT_CHARS ? m.textTooLong : m.fieldInvalid;
    }
    case "email":
      return m.emailInvalid;
    case "name":
      return typeof value === "string" && value.length > 256 ? m.nameTooLong : m.fieldInvalid;
    case "rating":
      return m.ratingInvalid;
  }
}

export interface PageErrors {
  fields: Partial<Record<FormField, string>>;
  /** A message for the whole form (rate limited, or an error on no visible field). */
  general?: string;
}

/** The API's field errors as the page shows them: one message per visible field. */
export function toPageErrors(errors: FieldError[], values: Record<string, unknown>, m: Messages): PageErrors {
  const fields: PageErrors["fields"] = {};
  let hidden = false;
  for (const error of errors) {
    const field = error.path.split(".")[0] ?? "";
    if (isFormField(field)) fields[field] ??= fieldMessage(field, values[field], m);
    else hidden = true;
  }
  const hasFieldErrors = Object.keys(fields).length > 0;
  return { fields, ...(hasFieldErrors ? { general: m.fixField } : hidden ? { general: m.failed } : {}) };
}
