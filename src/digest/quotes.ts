import type { Channel } from "../db/schema/feedback";
import { redactPersonalData } from "../lib/personal-data";
import { messageBody } from "../text/message-body";
import { flattenText } from "./safety";

/** A feedback item that could be quoted, as stored (the customer's own words and language). */
export interface QuoteCandidate {
  id: string;
  text: string;
  lang: string | null;
  channel: Channel;
  rating: number | null;
  customerKey: string | null;
}

const IDEAL_MIN = 25;
const IDEAL_MAX = 240;

/** How well a message's body reads as a quote. */
function quoteScore(body: string): number {
  const text = flattenText(redactPersonalData(body));
  const length = [...text].length;
  let score = 0;
  // Short enough to read at a glance, long enough to say something.
  if (length >= IDEAL_MIN && length <= IDEAL_MAX) score += 2;
  else if (length >= 10) score += 1;
  // Mostly redacted text says little.
  const redacted = (text.match(/\[(email|phone|card)\]/g) ?? []).length;
  score -= redacted;
  return score;
}

/**
 * Up to `n` quotes for a pain point: readable lengths first, one per customer, and from different
 * languages when the pain point is heard in several. Candidates come newest first; ties keep that order.
 */
export function pickQuotes(candidates: readonly QuoteCandidate[], n = 2): QuoteCandidate[] {
  const ranked = candidates
    .map((c, i) => {
      const body = messageBody(c.text);
      // Two tickets that say the same above their signatures are one quote.
      return { c, i, score: quoteScore(body), key: flattenText(body).toLowerCase() };
    })
    .sort((a, b) => b.score - a.score || a.i - b.i);
  const picked: QuoteCandidate[] = [];
  const customers = new Set<string>();
  const texts = new Set<string>();
  const langs = new Set<string>();
  const take = ({ c, key }: (typeof ranked)[number]) => {
    picked.push(c);
    if (c.customerKey) customers.add(c.customerKey);
    texts.add(key);
    langs.add(c.lang ?? "");
  };
  const fresh = ({ c, key }: (typeof ranked)[number]) =>
    !picked.includes(c) && !(c.customerKey && customers.has(c.customerKey)) && !texts.has(key);
  // First pass: a new language each time; second: anything from a new customer.
  for (const r of ranked) if (picked.length < n && fresh(r) && !langs.has(r.c.lang ?? "")) take(r);
  for (const r of ranked) if (picked.length < n && fresh(r)) take(r);
  return picked;
}
