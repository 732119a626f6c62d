import { describe, expect, it } from "vitest";
import { corpusStatsFromCounts } from "./corpus-stats";
import { stripKoreanParticle } from "./korean";

describe("Korean particles", () => {
  it("takes a particle off a noun the batch shows without it", () => {
    const corpus = corpusStatsFromCounts({ 카드: 1, 카드가: 2, 카드를: 1, 환불: 3, 환불은: 1 });
    // "card" as subject and object; "refund" as topic.
    expect(["카드가", "카드를", "환불은"].map((w) => stripKoreanParticle(w, corpus))).toEqual([
      "카드",
      "카드",
      "환불",
    ]);
  });

  it("keeps nouns that only end like a particle, and cuts nothing without evidence", () => {
    // 고양이 is "cat", not 고양 + 이; 마을 is "village". Neither rest occurs on its own.
    const corpus = corpusStatsFromCounts({ 고양이: 3, 고양이가: 1, 마을: 2 });
    expect(stripKoreanParticle("고양이", corpus)).toBe("고양이");
    expect(stripKoreanParticle("고양이가", corpus)).toBe("고양이");
    expect(stripKoreanParticle("마을", corpus)).toBe("마을");
    // One particle form beside the rest once is not enough.
    expect(stripKoreanParticle("사과를", corpusStatsFromCounts({ 사과: 1, 사과를: 1 }))).toBe("사과를");
    expect(stripKoreanParticle("카드가", undefined)).toBe("카드가");
  });
});
