import { normalizeWord } from "./normalize-word";
import { PLACEHOLDERS, scanTokens } from "./tokenize";

/**
 * The text that character n-grams are taken from: NFKC, lowercase, Arabic letters unified and
 * diacritics and tatweel removed, Hebrew niqqud removed and final letters made regular, URLs,
 * emails, handles and numbers as placeholders, emoji and punctuation dropped, words separated by
 * single spaces. Nothing is stemmed or removed: n-grams find shared stems by themselves.
 * `lang` is accepted for symmetry with analyzeText; the normalization depends on script alone.
 */
export function normalizeForFeatures(text: string, _lang?: string): string {
  let out = "";
  for (const token of scanTokens(text)) {
    const word = token.kind === "word" ? normalizeWord(token.text, token.script) : PLACEHOLDERS[token.kind];
    out = out ? `${out} ${word}` : word;
  }
  return out;
}
