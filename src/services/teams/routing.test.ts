import { describe, expect, it } from "vitest";
import { type PainPointStats, rankPainPoints } from "../../digest/rank";
import { routePainPoints, type TeamRoute } from "./routing";

const stats = (id: string, count: number): PainPointStats => ({
  id,
  label: id,
  keywords: [],
  count,
  previousCount: count,
  customers: count,
  atRiskCustomers: 0,
  channels: { ticket: count },
  ratedCount: 0,
  satisfaction: null,
});

const ranked = rankPainPoints([stats("cards", 30), stats("app", 20), stats("fees", 10)], { windowDays: 7 });
const teams: TeamRoute[] = [
  { id: "t-cards", name: "Cards", slackChannel: "#cards", tags: ["cards"], painPointIds: [] },
  { id: "t-fees", name: "Pricing", slackChannel: "#pricing", tags: [], painPointIds: ["fees"] },
];

describe("routePainPoints", () => {
  it("routes by tag and by pain point id; everything else goes to the default channel", () => {
    const tags = new Map([["cards", new Map([["cards", 3]])]]);
    const { audiences, unrouted } = routePainPoints(ranked, teams, tags, "#product");
    expect(
      audiences.map((a) => [a.audience, a.channel, a.painPoints.map((p) => `${p.rank}:${p.id}`)]),
    ).toEqual([
      ["t-cards", "#cards", ["1:cards"]],
      ["default", "#product", ["1:app"]],
      ["t-fees", "#pricing", ["1:fees"]],
    ]);
    expect(unrouted).toEqual([]);
  });

  it("sends a pain point to every team that owns it, and leaves it unrouted without a default channel", () => {
    const tags = new Map([["fees", new Map([["cards", 1]])]]);
    const { audiences, unrouted } = routePainPoints(ranked, teams, tags, null);
    expect(audiences.map((a) => [a.audience, a.painPoints.map((p) => p.id)])).toEqual([
      ["t-cards", ["fees"]],
      ["t-fees", ["fees"]],
    ]);
    expect(unrouted.map((p) => p.id)).toEqual(["cards", "app"]);
  });
});
