import { featureWords } from "./normalize";
import { FEATURE_STOPWORDS } from "./stopwords";

/**
 * Which features describe a document. Character n-grams inside word boundaries (each word padded
 * with a space, as scikit-learn's `char_wb` does) measure best on short messages: they meet
 * spelling variants, typos and the attached clitics of Arabic and Hebrew half-way without a
 * stemmer.
 */
export interface FeatureOptions {
  minN: number;
  maxN: number;
  /** Also whole words, as `w:word` features. */
  words: boolean;
}

export const DEFAULT_FEATURES: FeatureOptions = { minN: 2, maxN: 4, words: false };

/** Calls `emit` once per feature occurrence (repeats included) of one document. */
export function forEachFeature(text: string, options: FeatureOptions, emit: (feature: string) => void): void {
  for (const word of featureWords(text)) {
    if (FEATURE_STOPWORDS.has(word)) continue;
    const padded = ` ${word} `;
    const length = padded.length;
    for (let n = options.minN; n <= options.maxN; n++) {
      if (n > length) {
        if (n === options.minN) emit(padded);
        break;
      }
      for (let i = 0; i + n <= length; i++) emit(padded.slice(i, i + n));
    }
    if (options.words) emit(`w:${word}`);
  }
}

/** The features of one document with their counts. */
export function documentFeatures(
  text: string,
  options: FeatureOptions = DEFAULT_FEATURES,
): Map<string, number> {
  const counts = new Map<string, number>();
  forEachFeature(text, options, (f) => counts.set(f, (counts.get(f) ?? 0) + 1));
  return counts;
}
