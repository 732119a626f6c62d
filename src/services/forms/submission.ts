import type { FormRow } from "../../db/schema";
import type { FeedbackInput } from "../feedback/types";

/** What a customer sends through a suggestion form, once validated. */
export interface Submission {
  text: string;
  email?: string | undefined;
  name?: string | undefined;
  rating?: number | undefined;
  /** The honeypot: people never see it, so anything in it came from a bot. */
  website?: unknown;
  /** A random id the page puts in each form, so a double submit stores one item. */
  submissionId?: string | undefined;
  /** The interface language the page was shown in. */
  locale?: string | undefined;
}

/** True when the hidden honeypot field carries anything but whitespace. */
export function isHoneypotFilled(body: unknown): boolean {
  if (!body || typeof body !== "object") return false;
  const value = (body as Record<string, unknown>).website;
  if (value === undefined || value === null) return false;
  return typeof value !== "string" || value.trim() !== "";
}

/** The feedback item a submission becomes: channel `form`, the form's source, its id in metadata. */
export function toFeedbackInput(form: Pick<FormRow, "id" | "source">, submission: Submission): FeedbackInput {
  const customer =
    submission.email || submission.name
      ? {
          ...(submission.email ? { email: submission.email } : {}),
          ...(submission.name ? { name: submission.name } : {}),
        }
      : undefined;
  return {
    channel: "form",
    source: form.source,
    text: submission.text,
    ...(submission.submissionId ? { externalId: submission.submissionId } : {}),
    ...(customer ? { customer } : {}),
    ...(submission.rating !== undefined ? { rating: submission.rating } : {}),
    metadata: {
      formId: form.id,
      ...(submission.locale ? { locale: submission.locale } : {}),
    },
  };
}
