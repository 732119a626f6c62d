import type { RankedPainPoint } from "../../digest/rank";

export interface TeamRoute {
  id: string;
  name: string;
  slackChannel: string;
  tags: string[];
  painPointIds: string[];
}

/** Who hears about which pain points: a team, or the default channel (`audience` = `default`). */
export interface Audience {
  audience: string;
  teamName: string | null;
  channel: string;
  /** In ranking order, ranks renumbered from 1 within the audience. */
  painPoints: RankedPainPoint[];
}

export const DEFAULT_AUDIENCE = "default";

/** The teams a pain point belongs to: those owning it by id, or sharing a tag with its feedback. */
export function teamsOf(
  painPointId: string,
  teams: readonly TeamRoute[],
  tagCounts: ReadonlyMap<string, ReadonlyMap<string, number>>,
): TeamRoute[] {
  const tags = tagCounts.get(painPointId);
  return teams.filter(
    (t) =>
      t.painPointIds.includes(painPointId) || (tags !== undefined && t.tags.some((tag) => tags.has(tag))),
  );
}

/** One place a pain point is heard about: a team's channel, or the default channel. */
export interface Route {
  audience: string;
  teamName: string | null;
  channel: string;
}

/** Where a pain point goes: every team it belongs to; else the default channel; else nowhere. */
export function routesOf(
  painPointId: string,
  teams: readonly TeamRoute[],
  tagCounts: ReadonlyMap<string, ReadonlyMap<string, number>>,
  defaultChannel: string | null,
): Route[] {
  const owners = teamsOf(painPointId, teams, tagCounts);
  if (owners.length > 0)
    return owners.map((t) => ({ audience: t.id, teamName: t.name, channel: t.slackChannel }));
  return defaultChannel ? [{ audience: DEFAULT_AUDIENCE, teamName: null, channel: defaultChannel }] : [];
}

/**
 * Splits the ranking by audience. A pain point goes to every team it belongs to; one that belongs to
 * none goes to the default channel, or nowhere when there is none (`unrouted`).
 */
export function routePainPoints(
  ranked: readonly RankedPainPoint[],
  teams: readonly TeamRoute[],
  tagCounts: ReadonlyMap<string, ReadonlyMap<string, number>>,
  defaultChannel: string | null,
): { audiences: Audience[]; unrouted: RankedPainPoint[] } {
  const byAudience = new Map<string, Audience>();
  const unrouted: RankedPainPoint[] = [];
  for (const p of ranked) {
    const routes = routesOf(p.id, teams, tagCounts, defaultChannel);
    if (routes.length === 0) unrouted.push(p);
    for (const r of routes) {
      const a = byAudience.get(r.audience) ?? { ...r, painPoints: [] };
      byAudience.set(r.audience, a);
      a.painPoints.push({ ...p, rank: a.painPoints.length + 1 });
    }
  }
  return { audiences: [...byAudience.values()], unrouted };
}
