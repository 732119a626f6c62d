import { describe, expect, it } from "vitest";
import { mostClusters } from "./choose-k";

describe("mostClusters", () => {
  it("never falls as messages are added", () => {
    for (let m = 2; m < 20_000; m++) expect(mostClusters(m + 1)).toBeGreaterThanOrEqual(mostClusters(m));
  });

  it("asks about 20 messages per pain point of large sets", () => {
    for (const m of [2_000, 3_000, 5_999]) expect(mostClusters(m)).toBe(Math.floor(m / 20));
    expect(mostClusters(100_000)).toBe(300);
  });

  it("lets small sets, with a handful of messages per topic, go finer", () => {
    expect(mostClusters(340)).toBe(Math.floor(340 / 8));
    expect(mostClusters(36)).toBe(12);
    expect(mostClusters(1_500)).toBeLessThanOrEqual(100);
  });
});
