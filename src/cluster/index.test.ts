import { describe, expect, it } from "vitest";
import { readJsonl } from "../../test/jsonl";
import { ClusterInputError, clusterDocuments, featureVector } from "./index";

const fixture = readJsonl<{ text: string; label: string; lang: string }>(
  new URL("./fixtures/banking-small.jsonl", import.meta.url),
);

const cosine = (a: Array<[string, number]>, b: Array<[string, number]>) => {
  const weights = new Map(b);
  let dot = 0;
  let nb = 0;
  for (const [, w] of b) nb += w * w;
  for (const [f, w] of a) dot += w * (weights.get(f) ?? 0);
  return nb ? dot / Math.sqrt(nb) : 0;
};

describe("clusterDocuments", () => {
  const result = clusterDocuments(fixture, { k: 8, seed: 1 });

  it("makes exactly k clusters and never mixes English and Arabic messages", () => {
    expect(result.k).toBe(8);
    expect(new Set(result.assignments).size).toBe(8);
    for (let c = 0; c < 8; c++) {
      const langs = new Set(fixture.filter((_, i) => result.assignments[i] === c).map((d) => d.lang));
      expect(langs.size).toBe(1);
    }
  });

  it("groups messages of one intent together", () => {
    // purity: each cluster counted by its most common intent
    let agreeing = 0;
    for (let c = 0; c < 8; c++) {
      const counts = new Map<string, number>();
      fixture.forEach((d, i) => {
        if (result.assignments[i] === c) counts.set(d.label, (counts.get(d.label) ?? 0) + 1);
      });
      agreeing += Math.max(0, ...counts.values());
    }
    expect(agreeing / fixture.length).toBeGreaterThanOrEqual(0.8);
  });

  it("labels each cluster in its own language and picks distinct central quotes from it", () => {
    for (const [c, cluster] of result.clusters.entries()) {
      const members = fixture.filter((_, i) => result.assignments[i] === c);
      expect(cluster.size).toBe(members.length);
      expect(cluster.lang).toBe(members[0]?.lang);
      expect(cluster.label).toMatch(cluster.lang === "ar" ? /\p{Script=Arabic}/u : /^[a-z]/);
      expect(cluster.keywords.length).toBeGreaterThan(0);
      expect(cluster.representatives.length).toBe(Math.min(3, members.length));
      for (const r of cluster.representatives) expect(result.assignments[r]).toBe(c);
      const texts = cluster.representatives.map((r) => fixture[r]?.text);
      expect(new Set(texts).size).toBe(texts.length);
    }
  });

  it("lets a new message be matched to the stored centroid of its cluster", () => {
    let nearestOwn = 0;
    fixture.forEach((d, i) => {
      const v = featureVector(d.text, d.lang, result.idf);
      const sims = result.clusters.map((c) => cosine(v, c.centroid));
      if (sims.indexOf(Math.max(...sims)) === result.assignments[i]) nearestOwn++;
    });
    expect(nearestOwn / fixture.length).toBeGreaterThanOrEqual(0.9);
  });

  it("is deterministic for a seed", () => {
    const again = clusterDocuments(fixture, { k: 8, seed: 1 });
    expect(Array.from(again.assignments)).toEqual(Array.from(result.assignments));
  });

  it("gives the same messages the same clusters and labels in any order", () => {
    const docs = [
      ...fixture,
      ...readJsonl<{ text: string }>(new URL("./fixtures/banking-en-300.jsonl", import.meta.url)),
    ];
    const order = docs.map((_, i) => i).sort((a, b) => ((a * 7919) % 101) - ((b * 7919) % 101) || b - a);
    for (const k of [12, undefined]) {
      const first = clusterDocuments(docs, { k, seed: 1 });
      const again = clusterDocuments(
        order.map((i) => docs[i] as (typeof docs)[number]),
        { k, seed: 1 },
      );
      expect(order.map((i) => first.assignments[i])).toEqual(Array.from(again.assignments));
      expect(again.clusters.map((c) => c.label)).toEqual(first.clusters.map((c) => c.label));
    }
  });

  it("marks a message with nothing to cluster on as an outlier, and only that", () => {
    const docs = [...fixture, { text: "?!... 🙂" }, { text: "" }];
    const r = clusterDocuments(docs, { k: 8, seed: 1 });
    expect(Array.from(r.assignments.slice(-2))).toEqual([-1, -1]);
    expect(r.outliers).toBe(2);
    expect(Array.from(r.assignments.slice(0, -2)).every((c) => c >= 0)).toBe(true);
  });

  it("chooses a sensible number of clusters when none is given", () => {
    const r = clusterDocuments(fixture, { seed: 1 });
    expect(r.k).toBeGreaterThanOrEqual(4);
    expect(r.k).toBeLessThanOrEqual(16);
  });

  it("keeps an earlier run's groups when started from them, where a fresh start redraws some", () => {
    // Same pair of messages together (or apart) in both partitions, over all pairs.
    const agreement = (a: ArrayLike<number>, b: ArrayLike<number>) => {
      let same = 0;
      let pairs = 0;
      for (let i = 0; i < a.length; i++)
        for (let j = i + 1; j < a.length; j++) {
          pairs++;
          if ((a[i] === a[j]) === (b[i] === b[j])) same++;
        }
      return same / pairs;
    };
    const changed = fixture.slice(4);
    const before = result.assignments.slice(4);
    const seeds = [2, 3, 4, 5, 6];
    const fresh = seeds.map((seed) =>
      agreement(before, clusterDocuments(changed, { k: 8, seed }).assignments),
    );
    const warm = seeds.map((seed) =>
      agreement(before, clusterDocuments(changed, { k: 8, seed, warmStart: before }).assignments),
    );
    expect(Math.min(...fresh)).toBeLessThan(1);
    expect(warm).toEqual(seeds.map(() => 1));
  });

  it("puts a lone message with words in a cluster of its own, not among the outliers", () => {
    const long = "عملية استرداد أموال مفقودة من كشف الحساب الخاص بي، ولم يصلني أي رد من خدمة العملاء";
    for (const text of ["app crashes", "التطبيق لا يعمل", "האפליקציה קורסת", long]) {
      const r = clusterDocuments([{ text }]);
      expect(Array.from(r.assignments)).toEqual([0]);
      // Named by its own words, however many of them there are.
      for (const word of r.clusters[0]?.label.split(" / ") ?? []) expect(text).toContain(word);
      expect(r.clusters[0]?.keywords.length).toBeGreaterThan(0);
    }
  });

  it("clusters tickets by what the customers wrote, not by their mail client's lines", () => {
    const complaints = [
      "The CSV export fails every time I click it",
      "My card was charged twice for one order",
      "Refund still not received after two weeks",
    ];
    const boilerplate = [
      "\n\nSent from my iPhone",
      "\n\nBest regards,\nSarah Cohen\nHead of Finance, Example Ltd",
      "\n\nOn Mon, 3 Nov 2026 at 09:12, Acme Support <help@acme.example> wrote:\n> We are looking into it.",
      "\n\nCONFIDENTIALITY NOTICE: This e-mail is for the sole use of the intended recipient(s).",
      "",
    ];
    const docs = Array.from({ length: 45 }, (_, i) => ({
      text: `${i % 4 === 0 ? "Hi Sarah,\n\n" : ""}${complaints[i % 3]}${boilerplate[Math.floor(i / 3) % 5]}`,
    }));
    const r = clusterDocuments(docs, { k: 3 });
    const clusterOf = complaints.map(
      (_, c) => new Set(docs.flatMap((_, i) => (i % 3 === c ? [r.assignments[i]] : []))),
    );
    expect(clusterOf.map((s) => s.size)).toEqual([1, 1, 1]);
    expect(new Set(clusterOf.map((s) => [...s][0])).size).toBe(3);
    for (const cluster of r.clusters)
      expect(cluster.label).not.toMatch(/iphone|sarah|acme|regards|confidential|recipient/i);
  });

  it("makes no pain point of thanks: a message of nothing but thanks or assent is an outlier", () => {
    const thanks = [
      "Thank you so much!",
      "ok great, thanks",
      "Much appreciated",
      "شكرا جزيلا",
      "תודה רבה!",
      "12345",
    ];
    const docs = [
      ...fixture,
      ...Array.from({ length: 30 }, (_, i) => ({ text: thanks[i % thanks.length] as string })),
    ];
    const r = clusterDocuments(docs, { k: 8, seed: 1 });
    expect(Array.from(r.assignments.slice(fixture.length)).every((c) => c === -1)).toBe(true);
    expect(r.outliers).toBe(30);
    // A complaint that thanks in the same breath is clustered.
    const mixed = clusterDocuments([...fixture, { text: "Thanks so much, but my card is still blocked" }], {
      k: 8,
    });
    expect(mixed.assignments[fixture.length]).toBeGreaterThanOrEqual(0);
  });

  it("refuses more clusters than messages with words", () => {
    expect(() => clusterDocuments(fixture.slice(0, 5), { k: 6 })).toThrow(ClusterInputError);
  });
});
