import { describe, expect, it } from "vitest";
import { featureSpaceFromJson, featureSpaceToJson, vectorizeCounts } from "./vectorize";

describe("vectorizeCounts", () => {
  const space = {
    idf: new Map([
      ["car", 2],
      ["ard", 1],
    ]),
    unknownIdf: 4,
  };

  it("weighs sublinear tf by idf and keeps the unknown features' weight in the length", () => {
    const v = vectorizeCounts(
      new Map([
        ["car", 1],
        ["zzz", 1],
      ]),
      space,
    );
    // car: 2, zzz: 4 → length √20; only car is kept.
    expect(v).toEqual([["car", expect.closeTo(2 / Math.sqrt(20), 12)]]);
  });

  it("uses 1 + ln(tf)", () => {
    const v = vectorizeCounts(
      new Map([
        ["car", Math.E],
        ["ard", 1],
      ]),
      space,
    );
    // car: 2·2 = 4, ard: 1 → length √17.
    expect(v).toEqual([
      ["car", expect.closeTo(4 / Math.sqrt(17), 12)],
      ["ard", expect.closeTo(1 / Math.sqrt(17), 12)],
    ]);
  });

  it("answers an empty vector for a text without features", () => {
    expect(vectorizeCounts(new Map(), space)).toEqual([]);
  });

  it("weighs unknown features by their prefix's factor", () => {
    const weighted = { ...space, prefixWeights: [["w:", 2]] as Array<[string, number]> };
    // car: 2, w:zzz: 4·2 = 8 → length √68.
    expect(
      vectorizeCounts(
        new Map([
          ["car", 1],
          ["w:zzz", 1],
        ]),
        weighted,
      ),
    ).toEqual([["car", expect.closeTo(2 / Math.sqrt(68), 12)]]);
  });

  it("round-trips the space through JSON and rejects what is not one", () => {
    const weighted = { ...space, prefixWeights: [["w:", 2]] as Array<[string, number]> };
    const back = featureSpaceFromJson(JSON.parse(JSON.stringify(featureSpaceToJson(weighted))));
    expect(back).toEqual(weighted);
    expect(featureSpaceFromJson({ idf: {} })).toBeNull();
    expect(featureSpaceFromJson(null)).toBeNull();
  });
});
