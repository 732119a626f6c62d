import { eq } from "drizzle-orm";
import { painPoints } from "../../db/schema/pain-points";
import type { Database } from "../../db/types";
import type { QuoteCandidate } from "../../digest/quotes";
import { type RankedPainPoint, rankFields } from "../../digest/rank";
import type { RankWindow } from "../../digest/window";
import { AppError } from "../../lib/errors";
import { isUuid } from "../../lib/ids";
import { teamsOf } from "../teams/routing";
import { listTeams } from "../teams/teams";
import { quotesFor, rankWindow } from "./rank-window";
import { loadTagCounts } from "./stats";

/** A ranked pain point as the API serves it: the digest's ranking, numbers and reasons. */
export interface PainPointRanking {
  id: string;
  rank: number | null;
  label: string;
  keywords: string[];
  score: number;
  reasons: string[];
  count: number;
  previousCount: number;
  /** Relative change (3.2 = +320%); null when the previous window was empty. */
  change: number | null;
  distinctCustomers: number;
  atRiskCustomers: number;
  channels: Record<string, number>;
  /** Mean rating in stars (1–5); null without ratings. */
  rating: number | null;
  ratedCount: number;
  teams: { id: string; name: string }[];
  examples: { id: string; text: string; lang: string | null; channel: string }[];
}

export interface WindowInfo {
  days: number;
  start: string;
  end: string;
}

const windowInfo = (w: RankWindow): WindowInfo => ({
  days: w.days,
  start: w.start.toISOString(),
  end: w.end.toISOString(),
});

function toApi(
  p: RankedPainPoint | (Omit<RankedPainPoint, "rank"> & { rank: number | null }),
  teams: { id: string; name: string }[],
  examples: QuoteCandidate[],
): PainPointRanking {
  return {
    id: p.id,
    rank: p.rank,
    label: p.label,
    keywords: p.keywords,
    score: Math.round(p.score * 1000) / 1000,
    reasons: p.reasons,
    count: p.count,
    previousCount: p.previousCount,
    change: p.change,
    distinctCustomers: p.customers,
    atRiskCustomers: p.atRiskCustomers,
    channels: p.channels as Record<string, number>,
    rating: p.stars === null ? null : Math.round(p.stars * 100) / 100,
    ratedCount: p.ratedCount,
    teams,
    examples: examples.map((e) => ({ id: e.id, text: e.text, lang: e.lang, channel: e.channel })),
  };
}

async function routing(db: Database, window: RankWindow) {
  const [teams, tagCounts] = await Promise.all([listTeams(db), loadTagCounts(db, window)]);
  return (id: string) => teamsOf(id, teams, tagCounts).map((t) => ({ id: t.id, name: t.name }));
}

/**
 * The ranking of the window ending `now`, best first: the same the digest posts. With `teamId`, only
 * that team's pain points, ranked from 1 as in the team's digest.
 */
export async function listRankedPainPoints(
  db: Database,
  options: { now: Date; windowDays: number; limit: number; teamId?: string | undefined },
): Promise<{ window: WindowInfo; total: number; items: PainPointRanking[] }> {
  const { window, painPoints: all } = await rankWindow(db, options.now, options.windowDays);
  const teamsFor = await routing(db, window);
  const ranked = options.teamId
    ? all
        .filter((p) => teamsFor(p.id).some((t) => t.id === options.teamId))
        .map((p, i) => ({ ...p, rank: i + 1 }))
    : all;
  const shown = ranked.slice(0, options.limit);
  const quotes = await quotesFor(
    db,
    shown.map((p) => p.id),
    window,
  );
  return {
    window: windowInfo(window),
    total: ranked.length,
    items: shown.map((p) => toApi(p, teamsFor(p.id), quotes.get(p.id) ?? [])),
  };
}

/** One pain point's place in the window's ranking (rank null when it had no feedback in the window). */
export async function getRankedPainPoint(
  db: Database,
  id: string,
  options: { now: Date; windowDays: number },
): Promise<{ window: WindowInfo; item: PainPointRanking }> {
  if (!isUuid(id)) throw new AppError("not_found", `no pain point with id ${id}`);
  const [row] = await db.select().from(painPoints).where(eq(painPoints.id, id));
  if (!row) throw new AppError("not_found", `no pain point with id ${id}`);
  const { window, painPoints: ranked, stats } = await rankWindow(db, options.now, options.windowDays);
  const found = ranked.find((p) => p.id === id);
  if (found) {
    const [teamsFor, quotes] = await Promise.all([routing(db, window), quotesFor(db, [id], window, 5)]);
    return { window: windowInfo(window), item: toApi(found, teamsFor(id), quotes.get(id) ?? []) };
  }
  // Not ranked: no feedback in the window (so a score of 0 and no examples), perhaps some before it.
  const own = stats.find((s) => s.id === id) ?? {
    id,
    label: row.label,
    keywords: row.keywords,
    count: 0,
    previousCount: 0,
    customers: 0,
    atRiskCustomers: 0,
    channels: {},
    ratedCount: 0,
    satisfaction: null,
  };
  const teamsFor = await routing(db, window);
  return {
    window: windowInfo(window),
    item: toApi({ ...rankFields(own, window.days), rank: null }, teamsFor(id), []),
  };
}
