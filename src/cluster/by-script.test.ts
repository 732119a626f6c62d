import { describe, expect, it } from "vitest";
import { type LabeledText, loadFixture } from "../../test/cluster-job-helpers";
import { readJsonl } from "../../test/jsonl";
import { clusterDocuments, scriptGroups, shareOut } from "./by-script";

const feedback = loadFixture();
const english300 = readJsonl<LabeledText>(new URL("./fixtures/banking-en-300.jsonl", import.meta.url));

describe("shareOut", () => {
  it("shares k in proportion, at least one each, always k in all", () => {
    expect(shareOut(10, [300, 100])).toEqual([8, 2]);
    expect(shareOut(3, [1000, 1, 1])).toEqual([1, 1, 1]);
    for (const [k, weights] of [
      [77, [2850, 150]],
      [5, [7, 7, 7]],
      [200, [61_000, 28_000, 1_000]],
    ] as const) {
      const out = shareOut(k, weights);
      expect(out.reduce((a, b) => a + b, 0)).toBe(k);
      expect(Math.min(...out)).toBeGreaterThanOrEqual(1);
    }
  });

  it("gives each its own weight back when the weights add up to k", () => {
    expect(shareOut(21, [16, 5])).toEqual([16, 5]);
  });
});

describe("scriptGroups", () => {
  it("gives a script with enough messages its own group and pools the few", () => {
    const docs = [
      ...Array.from({ length: 150 }, (_, i) => ({ text: `card number ${i} was declined` })),
      ...Array.from({ length: 120 }, () => ({ text: "لم تصل بطاقتي بعد" })),
      ...Array.from({ length: 30 }, () => ({ text: "הכרטיס שלי לא הגיע" })),
      ...Array.from({ length: 5 }, () => ({ text: "🙂 123" })),
    ];
    expect(scriptGroups(docs).map((group) => group.length)).toEqual([185, 120]);
  });
});

describe("clusterDocuments across scripts", () => {
  const docs = feedback.filter((d) => d.lang !== "he");
  const result = clusterDocuments(docs, { k: 10, seed: 1 });

  it("gives each script its share of k, and no cluster holds two scripts", () => {
    const [english, arabic] = shareOut(10, [
      docs.filter((d) => d.lang === "en").length,
      docs.filter((d) => d.lang === "ar").length,
    ]);
    const clustersOf = (lang: string) =>
      new Set(docs.flatMap((d, i) => (d.lang === lang ? [result.assignments[i]] : [])));
    expect(clustersOf("en").size).toBe(english);
    expect(clustersOf("ar").size).toBe(arabic);
    for (const c of clustersOf("ar")) expect(clustersOf("en").has(c)).toBe(false);
  });

  it("points the representatives of each cluster at its own members", () => {
    result.clusters.forEach((cluster, c) => {
      expect(cluster.representatives.length).toBeGreaterThan(0);
      for (const doc of cluster.representatives) expect(result.assignments[doc]).toBe(c);
    });
  });
});

describe("a small script pooled into a large one's space", () => {
  it("keeps its messages out of the large script's clusters", () => {
    // 36 Hebrew messages share the space of 300 English ones (too few for a space of their own).
    // Without the own-script rule, k 10 with seed 2 put some of them into an English cluster.
    const hebrew = feedback.filter((d) => d.lang === "he");
    const docs = [...english300, ...hebrew];
    const result = clusterDocuments(docs, { k: 10, seed: 2 });
    const hebrewClusters = new Set(hebrew.map((_, j) => result.assignments[english300.length + j]));
    const englishClusters = new Set(english300.map((_, i) => result.assignments[i]));
    expect(result.k).toBe(10);
    for (const c of hebrewClusters) expect(englishClusters.has(c)).toBe(false);
  });
});
