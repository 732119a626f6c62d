import type { Database } from "../../db/types";
import { pickQuotes, type QuoteCandidate } from "../../digest/quotes";
import { type PainPointStats, type RankedPainPoint, rankPainPoints } from "../../digest/rank";
import { type RankWindow, windowEndingAt } from "../../digest/window";
import { loadQuoteCandidates } from "./quotes";
import { loadPainPointStats } from "./stats";

export interface Ranking {
  window: RankWindow;
  painPoints: RankedPainPoint[];
  /** What the ranking was made of, the pain points left out (no feedback in the window) included. */
  stats: PainPointStats[];
}

/** The ranking of the `windowDays` days ending at `now`: what the digest posts and the API serves. */
export async function rankWindow(db: Database, now: Date, windowDays: number): Promise<Ranking> {
  const window = windowEndingAt(now, windowDays);
  const stats = await loadPainPointStats(db, window);
  return { window, painPoints: rankPainPoints(stats, { windowDays }), stats };
}

/** Up to `n` quotes per pain point, in the customers' own words and languages. */
export async function quotesFor(
  db: Database,
  painPointIds: readonly string[],
  window: RankWindow,
  n = 2,
): Promise<Map<string, QuoteCandidate[]>> {
  const candidates = await loadQuoteCandidates(db, painPointIds, window);
  const out = new Map<string, QuoteCandidate[]>();
  for (const id of painPointIds) out.set(id, pickQuotes(candidates.get(id) ?? [], n));
  return out;
}
