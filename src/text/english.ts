import PorterStemmer from "natural/lib/natural/stemmers/porter_stemmer";

// Porter runs a dozen regular expressions per word; a corpus repeats a few thousand words, so
// each stem is computed once. The cache is bounded so that a stream of unique tokens cannot grow it.
const cache = new Map<string, string>();
const CACHE_LIMIT = 200_000;

/** The Porter stem of a lowercased English word ("cards" → "card", "charged" → "charg"). */
export function stemEnglish(word: string): string {
  let stem = cache.get(word);
  if (stem === undefined) {
    stem = PorterStemmer.stem(word);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, stem);
  }
  return stem;
}
