import { normalizeForFeatures } from "../text/analyze";

/**
 * Normalized words of a text as the clustering features see them: the text pipeline's
 * normalization for character n-grams (NFKC, lowercase, one form per Arabic and Hebrew letter,
 * placeholders for URLs, emails, handles and numbers), split into words.
 */
export function featureWords(text: string, lang?: string): string[] {
  const normalized = normalizeForFeatures(text, lang);
  return normalized ? normalized.split(" ") : [];
}

/** One normalized form of a word or phrase (for stopword lists and duplicate detection). */
export function normalizeText(text: string): string {
  return normalizeForFeatures(text);
}
