import { z } from "@hono/zod-openapi";
import { MAX_WINDOW_DAYS, parseWindowDays } from "../../digest/window";

export const WindowQuery = z
  .string()
  .default("7d")
  .refine((v) => parseWindowDays(v) !== null, `must be whole days from 1d to ${MAX_WINDOW_DAYS}d, like 7d`)
  .transform((v) => parseWindowDays(v) as number)
  .openapi({ description: "Days in the window, compared with as many days before it", example: "7d" });

export const UntilQuery = z.iso
  .datetime({ offset: true })
  .optional()
  .openapi({ description: "End of the window (default: now), as `cli digest --now`" });

export const WindowInfo = z
  .object({ days: z.number().int(), start: z.string(), end: z.string() })
  .openapi("RankWindow");

export const PainPointRanking = z
  .object({
    id: z.string(),
    rank: z
      .number()
      .int()
      .nullable()
      .openapi({ description: "1 = most pressing; null without feedback in the window" }),
    label: z.string(),
    keywords: z.array(z.string()),
    score: z.number(),
    reasons: z
      .array(z.string())
      .openapi({ example: ["+320% vs last week", "41 customers", "6 at risk", "★1.8"] }),
    count: z.number().int().openapi({ description: "Feedback items in the window" }),
    previousCount: z.number().int().openapi({ description: "Feedback items in the window before" }),
    change: z
      .number()
      .nullable()
      .openapi({ description: "3.2 = +320%; null when the window before was empty" }),
    distinctCustomers: z.number().int(),
    atRiskCustomers: z
      .number()
      .int()
      .openapi({ description: "Customers with two or more negative contacts in the window" }),
    channels: z.record(z.string(), z.number().int()).openapi({ example: { ticket: 30, form: 12 } }),
    rating: z
      .number()
      .nullable()
      .openapi({ description: "Mean rating as stars 1–5 (CSAT and NPS normalized)" }),
    ratedCount: z.number().int(),
    teams: z.array(z.object({ id: z.string(), name: z.string() })),
    examples: z.array(
      z.object({ id: z.string(), text: z.string(), lang: z.string().nullable(), channel: z.string() }),
    ),
  })
  .openapi("RankedPainPoint");
