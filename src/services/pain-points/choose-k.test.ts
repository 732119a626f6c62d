import { describe, expect, it } from "vitest";
import { decideK } from "./choose-k";

describe("decideK", () => {
  const chosen = { k: 25, source: "chosen" as const, chosenAtItems: 1000 };

  it("uses the k the caller gives", () => {
    expect(decideK(7, chosen, 1000)).toEqual({ k: 7, source: "given", chosenAtItems: null });
  });

  it("lets the engine choose on the first run", () => {
    expect(decideK(undefined, null, 1000)).toEqual({ k: undefined, source: "chosen", chosenAtItems: 1000 });
  });

  it("keeps the chosen k while the data stays within 20% of when it was chosen", () => {
    expect(decideK(undefined, chosen, 1200)).toEqual({ k: 25, source: "kept", chosenAtItems: 1000 });
    expect(decideK(undefined, { ...chosen, source: "kept" }, 800)).toEqual({
      k: 25,
      source: "kept",
      chosenAtItems: 1000,
    });
  });

  it("chooses again once the data drifted further, or after a run with a given k", () => {
    expect(decideK(undefined, chosen, 1201)).toEqual({ k: undefined, source: "chosen", chosenAtItems: 1201 });
    expect(decideK(undefined, { k: 25, source: "given", chosenAtItems: null }, 1000).source).toBe("chosen");
  });

  it("never keeps a k too large for the items there are", () => {
    expect(decideK(undefined, { k: 10, source: "chosen", chosenAtItems: 20 }, 19).source).toBe("chosen");
  });
});
