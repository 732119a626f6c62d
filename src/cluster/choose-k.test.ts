import { describe, expect, it } from "vitest";
import { loadFixture } from "../../test/cluster-job-helpers";
import { clusterDocuments } from "./by-script";
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

describe("the automatic choice of k", () => {
  it("finds the topics of a small set when they are next to the smallest candidate", () => {
    // 36 Hebrew messages of support tickets, 12 on each of 3 topics.
    const hebrew = loadFixture().filter((d) => d.lang === "he");
    const topics = new Set(hebrew.map((d) => d.label));
    const result = clusterDocuments(hebrew);
    expect(result.k).toBe(topics.size);
    for (const topic of topics) {
      const clusters = new Set(hebrew.flatMap((d, i) => (d.label === topic ? [result.assignments[i]] : [])));
      expect(clusters.size).toBe(1);
    }
  });
});
