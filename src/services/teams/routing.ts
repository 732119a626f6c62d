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
  const add = (key: string, teamName: string | null, channel: string, p: RankedPainPoint) => {
    const a = byAudience.get(key) ?? { audience: key, teamName, channel, painPoints: [] };
    byAudience.set(key, a);
    a.painPoints.push({ ...p, rank: a.painPoints.length + 1 });
  };
  for (const p of ranked) {
    const owners = teamsOf(p.id, teams, tagCounts);
    for (const t of owners) add(t.id, t.name, t.slackChannel, p);
    if (owners.length > 0) continue;
    if (defaultChannel) add(DEFAULT_AUDIENCE, null, defaultChannel, p);
    else unrouted.push(p);
  }
  return { audiences: [...byAudience.values()], unrouted };
}
