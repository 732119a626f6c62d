import { normalizeWord } from "./normalize-word";
import { PLACEHOLDERS, scanTokens } from "./tokenize";

/**
 * The words that character n-grams are taken from: NFKC, lowercase, Arabic letters unified and
 * diacritics and tatweel removed, Hebrew niqqud removed and final letters made regular, URLs,
 * emails, handles and numbers as placeholders, emoji and punctuation dropped. Nothing is stemmed
 * or removed: n-grams find shared stems by themselves. Every word is non-empty, without spaces.
 */
export function featureWords(text: string): string[] {
  return scanTokens(text).map((token) =>
    token.kind === "word" ? normalizeWord(token.text, token.script) : PLACEHOLDERS[token.kind],
  );
}

/**
 * featureWords as one string, words separated by single spaces. `lang` is accepted for symmetry
 * with analyzeText; the normalization depends on script alone.
 */
export function normalizeForFeatures(text: string, _lang?: string): string {
  return featureWords(text).join(" ");
}
