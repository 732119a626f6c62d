import { describe, expect, it } from "vitest";
import { clusterKeywords, countTerms, createTermCounter } from "./labels";

/** One cluster whose documents each wrote `surface` for the term `term`, `count` times over. */
function keywordOf(forms: Record<string, number>, term = "سعر"): string | undefined {
  const counter = createTermCounter(1);
  for (const [surface, count] of Object.entries(forms))
    for (let i = 0; i < count; i++) countTerms(counter, 0, [{ term, surface }]);
  return clusterKeywords(counter)[0]?.[0];
}

describe("cluster label surfaces", () => {
  it("shows the hamza spelling when a fair share of writers used it", () => {
    expect(keywordOf({ اسعار: 6, أسعار: 3 })).toBe("أسعار");
    expect(keywordOf({ بطاقه: 5, بطاقة: 2 }, "بطاق")).toBe("بطاقة");
  });

  it("keeps the common spelling when the fuller one is a stray", () => {
    expect(keywordOf({ اسعار: 20, أسعار: 1 })).toBe("اسعار");
  });

  it("counts spellings of one word together against another word of the same term", () => {
    // سعر alone 5 times; اسعار and أسعار together 6 times: the plural is the more common word.
    expect(keywordOf({ سعر: 5, اسعار: 3, أسعار: 3 })).toBe("أسعار");
  });

  it("names an Arabic thing without whose it is when its bare form was written too", () => {
    expect(keywordOf({ بطاقتي: 6, بطاقتك: 2, بطاقة: 2 }, "بطاق")).toBe("بطاقة");
    expect(keywordOf({ حسابي: 5, حساب: 1 }, "حساب")).toBe("حساب");
    // With no bare form in the batch there is nothing to show instead.
    expect(keywordOf({ بطاقتي: 6 }, "بطاق")).toBe("بطاقتي");
  });

  it("keeps the ending of a word the dialect lexicon lists: مصاري is money, not مصار + 'my'", () => {
    expect(keywordOf({ مصاري: 40, مصار: 2, المصاري: 5 }, "مال")).toBe("مصاري");
  });

  it("keeps an Arabic adjective's ي when its feminine is written", () => {
    const counter = createTermCounter(2);
    for (let i = 0; i < 5; i++) countTerms(counter, 0, [{ term: "شخص", surface: "شخصي" }]);
    countTerms(counter, 0, [{ term: "شخص", surface: "شخص" }]);
    for (let i = 0; i < 3; i++) countTerms(counter, 1, [{ term: "شخصي", surface: "شخصية" }]);
    expect(clusterKeywords(counter)[0]).toEqual(["شخصي"]);
  });

  it("leaves other scripts to the most common form", () => {
    expect(keywordOf({ charged: 4, charges: 7 }, "charg")).toBe("charges");
  });

  it("shows a word once when two terms share their written form", () => {
    const counter = createTermCounter(1);
    for (let i = 0; i < 6; i++) countTerms(counter, 0, [{ term: "transact", surface: "transaction" }]);
    for (let i = 0; i < 3; i++) countTerms(counter, 0, [{ term: "transaction", surface: "Transaction" }]);
    for (let i = 0; i < 2; i++) countTerms(counter, 0, [{ term: "cancel", surface: "cancel" }]);
    expect(clusterKeywords(counter)[0]).toEqual(["transaction", "cancel"]);
  });

  it("shows an Arabic verb once whatever its person", () => {
    const counter = createTermCounter(1);
    for (let i = 0; i < 6; i++) countTerms(counter, 0, [{ term: "استخدم", surface: "أستخدم" }]);
    for (let i = 0; i < 4; i++) countTerms(counter, 0, [{ term: "يستخدم", surface: "يستخدم" }]);
    for (let i = 0; i < 3; i++) countTerms(counter, 0, [{ term: "بطاق", surface: "بطاقتي" }]);
    for (let i = 0; i < 2; i++) countTerms(counter, 0, [{ term: "سيستخدم", surface: "سيستخدم" }]);
    for (let i = 0; i < 2; i++) countTerms(counter, 0, [{ term: "تحويل", surface: "تحويل" }]);
    expect(clusterKeywords(counter)[0]).toEqual(["أستخدم", "بطاقتي", "تحويل"]);
  });
});
