import type { Database } from "../../src/db/types";
import { buildDigestMessage, type SlackMessage } from "../../src/digest/blocks";
import type { RankWindow } from "../../src/digest/window";
import { quotesFor, rankWindow } from "../../src/services/ranking/rank-window";
import { loadTagCounts } from "../../src/services/ranking/stats";
import { routePainPoints } from "../../src/services/teams/routing";
import { listTeams } from "../../src/services/teams/teams";

export interface PlannedDigest {
  /** A team's id, or `default`. */
  audience: string;
  teamName: string | null;
  painPointIds: string[];
  message: SlackMessage;
}

export interface DigestPlan {
  window: RankWindow;
  /** Pain points with feedback in the window. */
  ranked: number;
  digests: PlannedDigest[];
  /** Pain points that belong to no team while no default channel is configured. */
  unrouted: number;
}

export interface PlanOptions {
  now: Date;
  windowDays: number;
  /** Pain points per message. */
  limit: number;
  defaultChannel: string | null;
  publicUrl: string;
}

/** Ranks the window, routes pain points to teams and builds one message per audience (none when empty). */
export async function planDigests(db: Database, options: PlanOptions): Promise<DigestPlan> {
  const { window, painPoints } = await rankWindow(db, options.now, options.windowDays);
  const [teams, tagCounts] = await Promise.all([listTeams(db), loadTagCounts(db, window)]);
  const { audiences, unrouted } = routePainPoints(painPoints, teams, tagCounts, options.defaultChannel);
  // Per audience, the pain points its message shows.
  const shown = audiences.map((a) => a.painPoints.slice(0, options.limit).map((p) => p.id));
  const quotes = await quotesFor(db, [...new Set(shown.flat())], window);
  const digests = audiences.map((a, i) => {
    const message = buildDigestMessage({
      channel: a.channel,
      teamName: a.teamName,
      windowDays: window.days,
      windowEnd: window.end,
      items: a.painPoints.map((painPoint) => ({ painPoint, quotes: quotes.get(painPoint.id) ?? [] })),
      publicUrl: options.publicUrl,
      limit: options.limit,
    });
    return { audience: a.audience, teamName: a.teamName, painPointIds: shown[i] ?? [], message };
  });
  return { window, ranked: painPoints.length, digests, unrouted: unrouted.length };
}
