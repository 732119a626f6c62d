// Arabic harakat, Quranic marks and tatweel; Hebrew niqqud and cantillation.
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
const HEBREW_MARKS = /[\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7]/g;

/**
 * The form of a text that free-text search compares: NFKC, lowercase, without Arabic and Hebrew
 * diacritics, so that a query with or without harakat or niqqud finds the same items.
 */
export function toSearchText(text: string): string {
  return text.normalize("NFKC").replace(ARABIC_MARKS, "").replace(HEBREW_MARKS, "").toLowerCase();
}
