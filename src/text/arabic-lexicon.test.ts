import { describe, expect, it } from "vitest";
import { documentFeatures } from "../cluster/vectors";
import { tokenTerms } from "./analyze";

const terms = (text: string) => tokenTerms(text, { lang: "ar" });

describe("Arabic dialect words and broken plurals", () => {
  it("brings Levantine, Egyptian and Gulf words for money to the MSA one", () => {
    const money = ["أموال", "الأموال", "مصاري", "المصاري", "مصاريي", "فلوس", "الفلوس"].map(
      (w) => terms(w)[0],
    );
    expect(new Set(money)).toEqual(new Set([terms("مال")[0]]));
  });

  it("meets the MSA card and phone through the dialect loanwords", () => {
    expect(terms("كرتي")).toEqual(terms("بطاقتي"));
    expect(terms("الكرت")).toEqual(terms("البطاقة"));
    expect(terms("جوالي")).toEqual(terms("هاتفي"));
    expect(terms("موبايل")).toEqual(terms("هاتف"));
  });

  it("meets the MSA verbs and adjectives of complaints through the Levantine ones", () => {
    // found, saw, broken, closed, topped up
    expect(terms("لقيت")).toEqual(terms("وجد"));
    expect(terms("شايف")).toEqual(terms("رأى"));
    expect(terms("البطاقة خربانة")).toEqual(terms("البطاقة معطلة"));
    expect(terms("الحساب مسكر")).toEqual(terms("الحساب مغلق"));
    expect(terms("تعباية الرصيد")).toEqual(terms("تعبئة الرصيد"));
  });

  it("maps broken plurals to their singular", () => {
    expect(terms("أسعار الصرف")).toEqual(terms("سعر الصرف"));
    expect(terms("المبالغ")).toEqual(terms("مبلغ"));
    expect(terms("رسوم")).toEqual(terms("رسم"));
  });

  it("leaves MSA words and unlisted words as the stemmer made them", () => {
    expect(terms("بطاقتي")).toEqual(["بطاق"]);
    expect(terms("تحويل")).toEqual(["تحويل"]);
    expect(terms("مصرفي")[0]).not.toBe(terms("مال")[0]);
  });

  it("gives a dialect sentence and its MSA twin shared clustering features", () => {
    const shared = (a: string, b: string) => {
      const fa = documentFeatures(a, "ar");
      const fb = documentFeatures(b, "ar");
      return [...fa.keys()].filter((f) => fb.has(f) && f.startsWith("w:"));
    };
    expect(shared("وين المصاري تبعتي", "أين أموالي")).toContain(`w:${terms("مال")[0]}`);
  });
});

describe("Persian and Urdu text", () => {
  it("does not go through the Arabic dialect lexicon: Persian کار is work, not a card", () => {
    // "The app doesn't work on my phone": کار was read as the dialect's كارت (card).
    const persian = tokenTerms("برنامه روی گوشی من کار نمی‌کند");
    expect(persian).not.toContain(terms("بطاقة")[0]);
    const cardGrams = [...documentFeatures("بطاقة", "ar").keys()].filter((f) => !f.startsWith("w:"));
    const workFeatures = documentFeatures("کار نمی‌کند", "fa");
    for (const gram of cardGrams) expect(workFeatures.has(gram)).toBe(false);
    // Arabic text keeps it: كارتي is the dialect's card.
    expect(terms("كارتي")).toEqual(terms("بطاقتي"));
  });
});
