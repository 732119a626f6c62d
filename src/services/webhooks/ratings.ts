/**
 * Satisfaction ratings on the API's CSAT scale of 1 to 5. Providers without a number get the ends of
 * the scale: Zendesk's "good" is 5 and "bad" is 1.
 */

/** Zendesk's satisfaction: `good`/`bad`, or the placeholder's rendering "Good, I'm satisfied". */
export function csatFromGoodBad(value: unknown): number | undefined {
  if (typeof value !== "string") return undefined;
  const text = value.trim().toLowerCase();
  if (text.startsWith("good")) return 5;
  if (text.startsWith("bad")) return 1;
  return undefined;
}

/** Intercom's conversation rating is already 1–5. */
export function csatFromStars(value: unknown): number | undefined {
  const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  return typeof n === "number" && Number.isInteger(n) && n >= 1 && n <= 5 ? n : undefined;
}

// Freshdesk's survey scale: 103 extremely happy … 100 neutral … -103 extremely unhappy.
const FRESHDESK_SCALE: Record<string, number> = {
  "103": 5,
  "102": 4,
  "101": 4,
  "100": 3,
  "-101": 2,
  "-102": 2,
  "-103": 1,
};

const FRESHDESK_LABELS: Array<[RegExp, number]> = [
  [/^(awesome|extremely happy)/, 5],
  [/^(very happy|happy)/, 4],
  [/^(neutral|just okay|okay)/, 3],
  [/^(unhappy|very unhappy)/, 2],
  [/^(not good|extremely unhappy)/, 1],
];

/** Freshdesk's survey result: its numeric code, its label, or a plain 1–5. */
export function csatFromFreshdesk(value: unknown): number | undefined {
  const text = typeof value === "number" ? String(value) : typeof value === "string" ? value.trim() : "";
  if (text === "") return undefined;
  const coded = FRESHDESK_SCALE[text];
  if (coded !== undefined) return coded;
  const stars = csatFromStars(text);
  if (stars !== undefined) return stars;
  const lower = text.toLowerCase();
  return FRESHDESK_LABELS.find(([pattern]) => pattern.test(lower))?.[1];
}
