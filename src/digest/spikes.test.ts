import { describe, expect, it } from "vitest";
import { type DailyCounts, detectSpikes, spikeScore } from "./spikes";

const counts = (id: string, today: number, baseline: number[]): DailyCounts => ({
  painPointId: id,
  label: id,
  today,
  customers: today,
  baseline,
});

describe("detectSpikes", () => {
  it("flags a jump well above a quiet baseline", () => {
    const spikes = detectSpikes([counts("jump", 12, [1, 0, 2, 1, 0, 1, 1, 0, 2, 1, 1, 0, 1, 1])]);
    expect(spikes.map((s) => [s.painPointId, s.count, Number(s.mean.toFixed(2))])).toEqual([
      ["jump", 12, 0.86],
    ]);
    expect(spikes[0]?.zScore).toBeCloseTo((12 - 12 / 14) / 1, 5);
  });

  it("ignores small numbers, ordinary noise and a big pain point's busy day", () => {
    const spikes = detectSpikes([
      counts("too-few", 4, Array(14).fill(0)),
      counts("noisy", 9, [2, 9, 1, 8, 3, 7, 2, 9, 1, 8, 3, 7, 2, 9]),
      counts("big-steady", 130, Array(14).fill(100)),
    ]);
    expect(spikes).toEqual([]);
  });

  it("orders spikes by z-score", () => {
    const spikes = detectSpikes([counts("a", 10, Array(14).fill(1)), counts("b", 40, Array(14).fill(1))]);
    expect(spikes.map((s) => s.painPointId)).toEqual(["b", "a"]);
  });

  it("keeps a floor under the deviation of a flat baseline", () => {
    expect(spikeScore(6, Array(14).fill(4))).toEqual({ mean: 4, zScore: 1 });
  });
});
