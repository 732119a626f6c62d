import { normalizeWord } from "./normalize-word";
import { PLACEHOLDERS, scanTokens } from "./tokenize";

/**
 * The words that character n-grams are taken from: NFKC, lowercase, Arabic letters unified and
 * diacritics and tatweel removed, Hebrew niqqud removed and final letters made regular, URLs,
 * emails, handles and numbers as placeholders, emoji and punctuation dropped. Nothing is stemmed
 * or removed: n-grams find shared stems by themselves. Every word is non-empty, without spaces.
 */
export function featureWords(text: string): string[] {
  return writtenFeatureWords(text).map((w) => w.word);
}

/**
 * A feature word and the word as written (NFKC and lowercase, before letters are unified): the
 * analyzer reads the written form, where the madda and the ta marbuta still tell آلي "automatic"
 * from إلى "to", so that the clustering's terms are those `cli tokenize` shows.
 */
export interface FeatureWord {
  word: string;
  written: string;
}

export function writtenFeatureWords(text: string): FeatureWord[] {
  return scanTokens(text).map((token) =>
    token.kind === "word"
      ? { word: normalizeWord(token.text, token.script), written: token.text }
      : { word: PLACEHOLDERS[token.kind], written: PLACEHOLDERS[token.kind] },
  );
}

/**
 * featureWords as one string, words separated by single spaces. `lang` is accepted for symmetry
 * with analyzeText; the normalization depends on script alone.
 */
export function normalizeForFeatures(text: string, _lang?: string): string {
  return featureWords(text).join(" ");
}
