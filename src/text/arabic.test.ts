import { describe, expect, it } from "vitest";
import { normalizeArabicWord, stemArabic } from "./arabic";
import { corpusStatsFromCounts } from "./corpus-stats";

const stem = (word: string, counts?: Record<string, number>) =>
  stemArabic(normalizeArabicWord(word), counts && corpusStatsFromCounts(counts)).stem;

describe("normalizeArabicWord", () => {
  it("unifies the alef variants", () => {
    expect(["أموال", "إلغاء", "آخر", "ٱلبنك"].map(normalizeArabicWord)).toEqual([
      "اموال",
      "الغاء",
      "اخر",
      "البنك",
    ]);
  });

  it("maps ta marbuta to ha and alef maqsura to ya", () => {
    expect(normalizeArabicWord("بطاقة")).toBe(normalizeArabicWord("بطاقه"));
    expect(normalizeArabicWord("مستشفى")).toBe("مستشفي");
    expect(normalizeArabicWord("على")).toBe(normalizeArabicWord("علي"));
  });

  it("maps hamza seats and Persian kaf and ya, the spellings dialect writers mix", () => {
    expect(normalizeArabicWord("مسؤول")).toBe("مسوول");
    expect(normalizeArabicWord("سائق")).toBe(normalizeArabicWord("سايق"));
    expect(normalizeArabicWord("کارت")).toBe("كارت");
  });
});

describe("stemArabic", () => {
  it("brings a noun's definite, possessive and plural forms to one stem", () => {
    const forms = ["بطاقة", "البطاقة", "بطاقتي", "بطاقتك", "بطاقات", "والبطاقة", "بالبطاقة", "للبطاقة"];
    expect(new Set(forms.map((w) => stem(w)))).toEqual(new Set(["بطاق"]));
    expect(new Set(["حساب", "حسابي", "حساباتي", "الحساب", "بالحساب"].map((w) => stem(w)))).toEqual(
      new Set(["حساب"]),
    );
    expect(new Set(["تحويل", "التحويل", "تحويلات", "تحويلاتي"].map((w) => stem(w)))).toEqual(
      new Set(["تحويل"]),
    );
  });

  it("handles Palestinian spellings: هال, object suffixes after ت, و for وا", () => {
    expect(stem("هالوقت")).toBe(stem("الوقت"));
    expect(stem("رجعتلي")).toBe(stem("رجع"));
    expect(stem("بعتلي")).toBe("بعت");
    expect(stem("خصمو")).toBe(stem("خصموا"));
    expect(stem("جيدا")).toBe(stem("جيد"));
  });

  it("keeps at least three letters", () => {
    expect(stem("وقتي")).toBe("وقت");
    expect(stem("مكان")).toBe("مكان");
  });

  it("strips a bare conjunction or preposition only when the rest occurs on its own", () => {
    const corpus = { حسابي: 40, رسوم: 30, وحسابي: 3, ورسوم: 2, وصلت: 20, بطاقة: 50 };
    expect(stem("وحسابي", corpus)).toBe("حساب");
    expect(stem("ورسوم", corpus)).toBe("رسوم");
    // صلت and طاقة never occur alone: their first letter belongs to the word.
    expect(stem("وصلت", corpus)).toBe("وصل");
    expect(stem("بطاقة", corpus)).toBe("بطاق");
    // Without corpus evidence a bare و stays, unless the rest is an everyday word of feedback.
    expect(stem("وسيارتي")).toBe("وسيار");
    expect(stem("وحسابي")).toBe("حساب");
    expect(stem("لطلبي")).toBe("طلب");
    // ... which never makes a listed word lose its own first letter.
    expect(stem("بطاقة")).toBe("بطاق");
  });

  it("does not strip a proclitic when the rest is much rarer than the word", () => {
    expect(stem("بطاقة", { بطاقة: 500, طاقة: 3 })).toBe("بطاق");
  });

  it("keeps the ال that belongs to the word, with or without its hamza", () => {
    expect(["إلغاء", "الغاء", "والغاء", "الإلغاء", "إلغائها"].map((w) => stem(w))).toEqual([
      "الغاء",
      "الغاء",
      "الغاء",
      "الغاء",
      "الغاي",
    ]);
    expect(stem("الالتزام")).toBe("التزام");
  });

  it("keeps the ال of the verbs ألغى (cancel) and ألقى (find), written with or without hamza", () => {
    const verbs = ["ألغيت", "الغيت", "ألغى", "الغي", "ألغينا", "والغيت", "القى", "ألقيت", "التغى", "والتغى"];
    // they cancelled, cancel it, he cancelled it
    verbs.push("ألغوا", "الغو", "ألغيه", "ألغيها", "ألغاه");
    for (const s of verbs.map((w) => stem(w))) expect(s.startsWith("ال")).toBe(true);
    // ... while the article still comes off nouns that start the same way.
    expect(stem("الغير")).toBe("غير");
    expect(stem("القيمة")).toBe("قيم");
    expect(stem("التغيير").startsWith("ال")).toBe(false);
    expect(stem("التقييم").startsWith("ال")).toBe(false);
  });

  it("takes the negation ش (and ما...ش) off a verb the batch shows without it", () => {
    const counts = { وصلت: 5, بتشتغل: 3, ابل: 9, مدة: 20 };
    expect(stem("ماوصلتش", counts)).toBe(stem("وصلت"));
    expect(stem("وصلتش", counts)).toBe(stem("وصلت"));
    expect(stem("بتشتغلش", counts)).toBe(stem("بتشتغل"));
    // Without the verb in the batch, nothing to go by.
    expect(stem("بتشتغلش")).toBe("بتشتغلش");
    // A ش of the word's own: بلّش "start" is not Apple (أبل), مدهش "amazing" is not مدة.
    expect(stem("ابلش", counts)).toBe("ابلش");
    expect(stem("مدهش", counts)).toBe("مدهش");
  });

  it("reports the proclitic length so the written surface can be recovered", () => {
    expect(stemArabic(normalizeArabicWord("والبطاقة")).prefixLength).toBe(3);
    expect(stemArabic(normalizeArabicWord("بطاقة")).prefixLength).toBe(0);
  });
});
