import { describe, expect, it } from "vitest";
import { type LabeledText, loadFixture } from "../../test/cluster-job-helpers";
import { readJsonl } from "../../test/jsonl";
import { dominantScript } from "../text/detect-language";
import { clusterDocuments, scriptGroups, shareOut } from "./by-script";
import { clusterInOneSpace, FIT_LIMIT } from "./engine";

const feedback = loadFixture();
const english300 = readJsonl<LabeledText>(new URL("./fixtures/banking-en-300.jsonl", import.meta.url));

describe("shareOut", () => {
  it("shares k in proportion to the weights, at least one each, always k in all", () => {
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

  it("gives nothing to a weight of 0", () => {
    expect(shareOut(12, [8, 0, 4])).toEqual([8, 0, 4]);
    expect(shareOut(5, [3, 0, 1, 1])).toEqual([3, 0, 1, 1]);
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
      ...Array.from({ length: 20 }, () => ({ text: "Моя карта не пришла" })),
      ...Array.from({ length: 5 }, () => ({ text: "🙂 123" })),
    ];
    expect(scriptGroups(docs).map((group) => group.length)).toEqual([175, 120, 30]);
  });
});

describe("clusterDocuments across scripts", () => {
  const docs = feedback.filter((d) => d.lang !== "he");
  const result = clusterDocuments(docs, { k: 10, seed: 6 });

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

describe("a script with a few dozen messages among hundreds", () => {
  // 36 Hebrew messages on three topics (app crashes, late deliveries, password resets) beside 300
  // English ones on eight.
  const hebrew = feedback.filter((d) => d.lang === "he");
  const docs = [...english300, ...hebrew];
  const topicsOf = (assignments: Int32Array, c: number) =>
    new Set(hebrew.flatMap((d, j) => (assignments[english300.length + j] === c ? [d.label] : [])));

  it("keeps its own topics apart, with k given and without", () => {
    // By size its share of 11 was one cluster (k 11: all 36 in one); by the square root it is 3.
    for (const options of [{ k: 11, seed: 1 }, { seed: 1 }]) {
      const result = clusterDocuments(docs, options);
      const clusters = new Set(hebrew.map((_, j) => result.assignments[english300.length + j]));
      expect(clusters.size).toBeGreaterThanOrEqual(3);
      for (const c of clusters) expect(topicsOf(result.assignments, c as number).size).toBe(1);
    }
  });
});

describe("a kept k and a script that was not there before", () => {
  it("keeps the earlier scripts' clusters and lets the new script choose its own", () => {
    // A first run over English and Arabic; then 36 Hebrew messages arrive and the job keeps its k.
    const hebrew = feedback.filter((d) => d.lang === "he");
    const before = feedback.filter((d) => d.lang !== "he");
    const first = clusterDocuments(before, { k: 12, seed: 1 });
    const docs = [...before, ...hebrew];
    const warmStart = Int32Array.from(docs, (_, i) =>
      i < before.length ? (first.assignments[i] as number) : -1,
    );
    const kept = clusterDocuments(docs, { k: 12, seed: 1, warmStart, keptK: true });
    const clustersOf = (assignments: Int32Array, from: number, to: number) =>
      new Set(Array.from(assignments.subarray(from, to)));
    expect(clustersOf(kept.assignments, 0, before.length).size).toBe(12);
    const hebrewClusters = clustersOf(kept.assignments, before.length, docs.length);
    expect(hebrewClusters.size).toBe(3);
    for (const c of hebrewClusters) {
      const topics = new Set(
        hebrew.filter((_, j) => kept.assignments[before.length + j] === c).map((d) => d.label),
      );
      expect(topics.size).toBe(1);
    }
    expect(kept.k).toBe(15);
    // Afresh: as it would be clustered alone, not started from other scripts' groups.
    const alone = clusterDocuments(hebrew, { seed: 1 });
    const described = (clusters: typeof kept.clusters, textOf: (doc: number) => string | undefined) =>
      clusters.map((cluster) => [cluster.keywords, cluster.representatives.map(textOf)]).sort();
    expect(
      described(
        kept.clusters.filter((_, c) => hebrewClusters.has(c)),
        (doc) => docs[doc]?.text,
      ),
    ).toEqual(described(alone.clusters, (doc) => hebrew[doc]?.text));
    // A k given as such is the number of clusters, new script or not.
    expect(clusterDocuments(docs, { k: 12, seed: 1, warmStart }).k).toBe(12);
  });
});

describe("a small script pooled into a large one's space", () => {
  it("keeps its messages out of the large script's clusters", () => {
    // Scripts with fewer than 30 messages share the largest script's space (clusterInOneSpace with
    // the scripts of its documents). 36 Hebrew messages in the space of 300 English ones, k 8 with
    // seed 2: without the own-script rule some of them went into an English cluster.
    const hebrew = feedback.filter((d) => d.lang === "he");
    const docs = [...english300, ...hebrew];
    const result = clusterInOneSpace(
      docs,
      { k: 8, seed: 2 },
      FIT_LIMIT,
      docs.map((d) => dominantScript(d.text)),
    );
    const hebrewClusters = new Set(hebrew.map((_, j) => result.assignments[english300.length + j]));
    const englishClusters = new Set(english300.map((_, i) => result.assignments[i]));
    expect(result.k).toBe(8);
    for (const c of hebrewClusters) expect(englishClusters.has(c)).toBe(false);
  });
});
