import type { Channel } from "../db/schema/feedback";
import { plural } from "../lib/plural";

/** What the database knows of one pain point over a window and the window before it. */
export interface PainPointStats {
  id: string;
  label: string;
  keywords: string[];
  /** Feedback items in the window. */
  count: number;
  /** Feedback items in the window of the same length just before. */
  previousCount: number;
  /** Distinct customers in the window (an anonymous item counts as a customer of its own). */
  customers: number;
  /** Of those, customers with several negative contacts in the window (any pain point, or a low rating). */
  atRiskCustomers: number;
  channels: Partial<Record<Channel, number>>;
  /** Items with a rating in the window. */
  ratedCount: number;
  /** Mean rating of those items on a 0..1 scale (CSAT 1–5 and NPS 0–10 both normalized); null when none. */
  satisfaction: number | null;
}

/** How much each signal multiplied the score: the explanation in numbers. */
export interface ScoreFactors {
  volume: number;
  growth: number;
  atRisk: number;
  rating: number;
  reach: number;
}

export interface RankedPainPoint extends PainPointStats {
  rank: number;
  score: number;
  /** Relative change against the previous window (3.2 = +320%); null when the previous window was empty. */
  change: number | null;
  /** Mean rating as stars from 1 to 5; null when no item was rated. */
  stars: number | null;
  factors: ScoreFactors;
  /** Short human reasons, most telling first: `+320% vs last week`, `41 customers`, `6 at risk`, `★1.8`. */
  reasons: string[];
}

export interface RankOptions {
  windowDays: number;
}

// Pseudo-counts added to both windows before comparing them: 2 → 0 must not read as infinite growth.
const GROWTH_PRIOR = 4;
// Growth multiplies the score by the (smoothed) ratio, clamped: doubling outweighs being 1.6 times
// as big, and a pain point no bigger than 2 → 0 is not news.
const GROWTH_EXPONENT = 1;
const GROWTH_MIN = 0.25;
const GROWTH_MAX = 8;
// Ratings move the score by at most ±30%, and only as far as enough items were rated to trust them.
const RATING_WEIGHT = 0.6;
const RATING_PRIOR = 3;
const REACH_PER_EXTRA_CHANNEL = 0.1;

export function scorePainPoint(stats: PainPointStats): { score: number; factors: ScoreFactors } {
  const volume = Math.log2(1 + stats.customers) + 0.5 * Math.log2(1 + stats.count);
  const ratio = (stats.count + GROWTH_PRIOR) / (stats.previousCount + GROWTH_PRIOR);
  const growth = Math.min(GROWTH_MAX, Math.max(GROWTH_MIN, ratio ** GROWTH_EXPONENT));
  const atRisk = 1 + (stats.customers > 0 ? Math.min(1, stats.atRiskCustomers / stats.customers) : 0);
  let rating = 1;
  if (stats.satisfaction !== null && stats.ratedCount > 0) {
    const confidence = stats.ratedCount / (stats.ratedCount + RATING_PRIOR);
    rating = 1 + RATING_WEIGHT * (0.5 - stats.satisfaction) * confidence;
  }
  const channelsUsed = Object.values(stats.channels).filter((n) => (n ?? 0) > 0).length;
  const reach = 1 + REACH_PER_EXTRA_CHANNEL * Math.max(0, channelsUsed - 1);
  const score = volume * growth * atRisk * rating * reach;
  return { score, factors: { volume, growth, atRisk, rating, reach } };
}

/** `last week` for 7 days, `yesterday` for 1, else `the previous N days`. */
export function previousWindowName(windowDays: number): string {
  if (windowDays === 7) return "last week";
  if (windowDays === 1) return "yesterday";
  return `the previous ${windowDays} days`;
}

function currentWindowName(windowDays: number): string {
  if (windowDays === 7) return "this week";
  if (windowDays === 1) return "today";
  return `in ${windowDays} days`;
}

/** Stars from 1 to 5 for a 0..1 satisfaction. */
export function toStars(satisfaction: number): number {
  return 1 + 4 * satisfaction;
}

export function explain(stats: PainPointStats, windowDays: number): string[] {
  const reasons: string[] = [];
  if (stats.previousCount === 0) {
    reasons.push(`new ${currentWindowName(windowDays)}`);
  } else {
    const pct = Math.round(((stats.count - stats.previousCount) / stats.previousCount) * 100);
    const sign = pct > 0 ? "+" : pct < 0 ? "−" : "±";
    reasons.push(`${sign}${Math.abs(pct).toLocaleString("en-US")}% vs ${previousWindowName(windowDays)}`);
  }
  reasons.push(plural(stats.customers, "customer", "customers"));
  if (stats.atRiskCustomers > 0) reasons.push(`${stats.atRiskCustomers.toLocaleString("en-US")} at risk`);
  if (stats.satisfaction !== null && stats.ratedCount > 0)
    reasons.push(`★${toStars(stats.satisfaction).toFixed(1)}`);
  const channelsUsed = Object.values(stats.channels).filter((n) => (n ?? 0) > 0).length;
  if (channelsUsed > 1) reasons.push(`${channelsUsed} channels`);
  return reasons;
}

/** One pain point's score, change, stars, factors and reasons: everything of its ranking but the rank. */
export function rankFields(s: PainPointStats, windowDays: number): Omit<RankedPainPoint, "rank"> {
  const { score, factors } = scorePainPoint(s);
  return {
    ...s,
    score,
    change: s.previousCount > 0 ? (s.count - s.previousCount) / s.previousCount : null,
    stars: s.satisfaction !== null && s.ratedCount > 0 ? toStars(s.satisfaction) : null,
    factors,
    reasons: explain(s, windowDays),
  };
}

/**
 * Orders the pain points seen in the window, best first. Pain points without feedback in the window
 * are left out. Ties keep a stable order: more feedback first, then id.
 */
export function rankPainPoints(stats: readonly PainPointStats[], options: RankOptions): RankedPainPoint[] {
  const scored = stats
    .filter((s) => s.count > 0)
    .map((s) => ({ ...rankFields(s, options.windowDays), rank: 0 }));
  scored.sort((a, b) => b.score - a.score || b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  scored.forEach((s, i) => {
    s.rank = i + 1;
  });
  return scored;
}
