import { z } from "@hono/zod-openapi";
import { isLocale, LOCALES } from "../../forms/messages";
import { normalizeOrigin } from "../../services/forms/origins";
import { CleanString, FeedbackInput } from "../feedback/schemas";

const MAX_ORIGINS = 50;

export const FormInput = z
  .object({
    name: CleanString.pipe(z.string().trim().min(1, "must not be blank").max(200)).openapi({
      example: "Website suggestions",
    }),
    allowedOrigins: z
      .array(
        z
          .string()
          .max(2048)
          .refine((s) => normalizeOrigin(s) !== undefined, "must be an origin such as https://example.com"),
      )
      .max(MAX_ORIGINS)
      .optional()
      .openapi({
        description:
          "Sites that may embed the form in an iframe and post to it from their own pages (CORS); scheme://host[:port]",
        example: ["https://www.example.com"],
      }),
    source: CleanString.pipe(z.string().min(1).max(64))
      .optional()
      .openapi({ description: "The `source` of the feedback it stores; default `website-form`" }),
  })
  .openapi("FormInput");
export type FormInput = z.infer<typeof FormInput>;

export const Form = z
  .object({
    id: z.string().uuid(),
    name: z.string(),
    source: z.string(),
    allowedOrigins: z.array(z.string()),
    createdAt: z.string(),
    page: z.string().openapi({ description: "The page's path on this server", example: "/forms/0192…" }),
    submissions: z.string().openapi({ description: "Where the page posts (path on this server)" }),
  })
  .openapi("Form");

export const FormIdParam = z.object({
  formId: z
    .string()
    .openapi({ param: { name: "formId", in: "path" }, example: "01928f6e-7c1a-7b3e-9a41-0c2d5e6f7a8b" }),
});

export const LangQuery = z.object({
  lang: z
    .string()
    .optional()
    .openapi({ description: "Interface language (en, ar, he); default: from Accept-Language" }),
});

/** Empty form fields come as ""; an empty optional field is an absent one. */
const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

const customer = FeedbackInput.shape.customer.unwrap().shape;

export const SubmissionInput = z
  .object({
    text: FeedbackInput.shape.text,
    email: z.preprocess(
      blankToUndefined,
      customer.email.refine(
        (s) => s === undefined || /^[^\s@]+@[^\s@]+$/.test(s),
        "must be an email address",
      ),
    ),
    name: z.preprocess(blankToUndefined, customer.name),
    rating: z.preprocess(
      (v) => {
        const value = blankToUndefined(v);
        return typeof value === "string" ? Number(value) : value;
      },
      z
        .number()
        .int()
        .min(1)
        .max(5)
        .optional()
        .openapi({ description: "Satisfaction, 1 (worst) to 5 (best)" }),
    ),
    website: z.unknown().optional().openapi({
      type: "string",
      description: "Honeypot: people leave it empty; a submission that fills it is answered but not stored",
    }),
    submissionId: z.preprocess(
      blankToUndefined,
      z
        .string()
        .regex(/^[A-Za-z0-9-]{8,64}$/, "must be 8–64 letters, digits or dashes")
        .optional()
        .openapi({ description: "Random per filled-in form; a repeat with the same id is stored once" }),
    ),
    locale: z
      .preprocess((v) => (isLocale(v) ? v : undefined), z.enum(LOCALES).optional())
      .openapi({
        description: "The interface language the visitor saw (en, ar, he); anything else is ignored",
      }),
  })
  .openapi("FormSubmission");
export type SubmissionInput = z.infer<typeof SubmissionInput>;

export const SubmissionReceipt = z
  .object({ id: z.string().uuid().openapi({ description: "The stored feedback item's id" }) })
  .openapi("FormSubmissionReceipt");
