import { describe, expect, it } from "vitest";
import { corpusStatsFromCounts } from "./corpus-stats";
import {
  HEBREW_PREFIXES,
  isKnownHebrewWord,
  pastVerbBase,
  singularHebrew,
  stripHebrewPrefix,
} from "./hebrew";
import { normalizeHebrewWord, withFinalLetter } from "./hebrew-letters";

const base = (word: string, counts?: Record<string, number>) =>
  stripHebrewPrefix(normalizeHebrewWord(word), counts && corpusStatsFromCounts(counts)).base;

describe("Hebrew letters", () => {
  it("makes final letters regular, and can put them back for display", () => {
    expect(["ך", "ם", "ן", "ף", "ץ"].map((f) => normalizeHebrewWord(`א${f}`))).toEqual([
      "אכ",
      "אמ",
      "אנ",
      "אפ",
      "אצ",
    ]);
    expect(normalizeHebrewWord("חשבון")).toBe(normalizeHebrewWord("חשבונ"));
    expect(withFinalLetter(normalizeHebrewWord("שלום"))).toBe("שלום");
  });

  it("writes a doubled yod or vav once, so plene and defective spellings meet", () => {
    for (const [plene, defective] of [
      ["אפליקצייה", "אפליקציה"],
      ["בעייה", "בעיה"],
      ["הלוואה", "הלואה"],
      ["התחייבות", "התחיבות"],
    ])
      expect(normalizeHebrewWord(plene as string)).toBe(normalizeHebrewWord(defective as string));
    expect(normalizeHebrewWord("שבועיים")).toBe("שבועימ");
  });
});

describe("stripHebrewPrefix", () => {
  it("brings a prefixed word to its base (the acceptance cases)", () => {
    expect(base("הנשיא")).toBe("נשיא");
    expect(base("לנשיא")).toBe("נשיא");
    expect(base("והבנק")).toBe("בנק");
    expect(base("בבנק")).toBe("בנק");
    expect(base("ומהבנק")).toBe("בנק");
    expect(base("כשהלקוח")).toBe("לקוח");
  });

  it("knows everyday words beyond the service domain, with no corpus to go by", () => {
    expect(
      ["בעיר", "מהעיר", "בירושלים", "שבירושלים", "הים", "האוויר", "בשבע", "לאמא", "בערב"].map((w) => base(w)),
    ).toEqual(["עיר", "עיר", "ירושלימ", "ירושלימ", "ימ", "אויר", "שבע", "אמא", "ערב"]);
    // A listed word that is also a prefix plus a listed word stays whole: shield, never, put, days.
    // A job, an installer, a break: no prefix plus "Sarah", "fit" or "beer".
    for (const word of ["מגן", "מעולם", "שים", "ימים", "מסיבה", "משרה", "מתקין", "שבירה"])
      expect(base(word)).toBe(normalizeHebrewWord(word));
  });

  it("leaves words whose first letter only looks like a prefix", () => {
    for (const word of ["הרבה", "מדינה", "שלום", "לקוח", "משלוח", "ביטוח", "כסף", "הזמנה"]) {
      expect(base(word)).toBe(normalizeHebrewWord(word));
    }
  });

  it("leaves inflected forms of listed words (plural, construct, possessive)", () => {
    for (const word of ["הזמנות", "לקוחות", "משלוחים", "מדינות", "כרטיסי", "הזמנתי"]) {
      expect(base(word)).toBe(normalizeHebrewWord(word));
    }
  });

  it("brings a prefixed plural of a listed word to that plural", () => {
    expect(base("הכרטיסים")).toBe(normalizeHebrewWord("כרטיסים"));
    expect(base("והלקוחות")).toBe(normalizeHebrewWord("לקוחות"));
  });

  it("stops at a listed word instead of peeling further (ומשלוח is not ו+מ+שלוח)", () => {
    expect(base("ומשלוח", { שלוח: 50 })).toBe("משלוח");
    expect(base("והזמנה", { זמנה: 50 })).toBe("הזמנה");
  });

  it("strips unlisted words on corpus evidence: the rest occurs on its own", () => {
    // נגרייה (a carpentry) is not in the lexicon; the corpus shows it alone, so its prefixed forms
    // meet it (its doubled yod written once).
    const corpus = { נגרייה: 6, בנגרייה: 4, והנגרייה: 2, לנגרייה: 3, הנגרייה: 10 };
    for (const word of ["בנגרייה", "והנגרייה", "לנגרייה", "הנגרייה"])
      expect(base(word, corpus)).toBe("נגריה");
  });

  it("strips on a rest seen once when two prefixed forms back it", () => {
    // Three lines of a small batch: "the penguin", "a penguin", "to the penguin".
    const corpus = { פינגווין: 1, הפינגווין: 1, לפינגווין: 1 };
    expect(["הפינגווין", "לפינגווין"].map((w) => base(w, corpus))).toEqual(["פינגוינ", "פינגוינ"]);
    // One prefixed form and the rest once is not enough (as דינה, a name, beside מדינה).
    expect(base("הדהוד", { דהוד: 1, הדהוד: 1 })).toBe("הדהוד");
  });

  it("does not strip on weak evidence: a rest that is rare, short or much rarer than the word", () => {
    // An unlisted word starting with ה whose rest appears once: kept.
    expect(base("הדהוד", { דהוד: 1, הדהוד: 5 })).toBe("הדהוד");
    // The rest exists but is far rarer than the word itself.
    expect(base("מקלט", { קלט: 2, מקלט: 200 })).toBe("מקלט");
    // Remainders shorter than three letters need the lexicon.
    expect(base("הגל", { גל: 40 })).toBe("הגל");
    // And nothing is stripped without a corpus unless the rest is listed.
    expect(base("בנגרייה")).toBe("בנגריה");
  });

  it("knows listed words and their inflections", () => {
    expect(isKnownHebrewWord(normalizeHebrewWord("חשבונות"))).toBe(true);
    // Masculine plurals end in a final mem, which normalization makes regular.
    expect(isKnownHebrewWord(normalizeHebrewWord("כרטיסים"))).toBe(true);
    expect(isKnownHebrewWord(normalizeHebrewWord("משלוחים"))).toBe(true);
    expect(isKnownHebrewWord(normalizeHebrewWord("הבנק"))).toBe(false);
  });

  it("generates the prefix combinations of the grammar, shortest first", () => {
    for (const p of ["ו", "ה", "ש", "וה", "מה", "כש", "לכש", "ושה", "וכשה"])
      expect(HEBREW_PREFIXES).toContain(p);
    expect(HEBREW_PREFIXES).not.toContain("הו");
    expect(HEBREW_PREFIXES[0]?.length).toBe(1);
  });
});

describe("singularHebrew", () => {
  const singular = (word: string, counts?: Record<string, number>) =>
    singularHebrew(normalizeHebrewWord(word), counts && corpusStatsFromCounts(counts));

  it("brings plurals of listed words to the singular", () => {
    expect(singular("לקוחות")).toBe("לקוח");
    expect(singular("הזמנות")).toBe("הזמנה");
    expect(singular("עמלות")).toBe("עמלה");
    expect(singular("שבועיים")).toBe("שבוע");
    expect(singular("משלוחים")).toBe("משלוח");
    expect(singular("חשבונות")).toBe(normalizeHebrewWord("חשבון"));
  });

  it("never cuts a listed word that only ends like a plural", () => {
    expect(singular("שירות")).toBe("שירות");
    expect(singular("מדיניות")).toBe("מדיניות");
  });

  it("needs the singular to be listed or seen on its own", () => {
    expect(singular("ארגזים", { ארגז: 3 })).toBe("ארגז");
    expect(singular("ארגזים")).toBe("ארגזימ");
    expect(singular("חלומות", { חלומ: 1 })).toBe("חלומות");
  });
});

describe("pastVerbBase", () => {
  const past = (word: string, counts?: Record<string, number>) =>
    withFinalLetter(pastVerbBase(normalizeHebrewWord(word), counts && corpusStatsFromCounts(counts)));

  it("brings I, we and they of a listed verb to its base form", () => {
    expect(past("ביטלתי")).toBe("ביטל");
    expect(past("ביטלנו")).toBe("ביטל");
    expect(past("ביטלו")).toBe("ביטל");
    expect(past("שילמתי")).toBe("שילם");
    expect(past("הגיעו")).toBe("הגיע");
  });

  it("learns an unlisted verb from the corpus", () => {
    expect(past("צילמתי", { צילמ: 2 })).toBe("צילם");
    expect(past("צילמתי")).toBe("צילמתי");
  });

  it("leaves words that only end like a past verb", () => {
    expect(past("כלבו")).toBe("כלבו"); // department store, not dog
    expect(past("חברתי")).toBe("חברתי"); // social, not friend
    expect(past("וידאו")).toBe("וידאו");
    expect(past("שלנו")).toBe("שלנו");
  });
});
