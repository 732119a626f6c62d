import { isHangulWord } from "./chars";
import { normalizeWord } from "./normalize-word";
import { type RawToken, scanTokens } from "./tokenize";

/**
 * What the prefix handling learns from the texts themselves: how often each normalized word
 * occurs on its own. Built in one pass; a Map of counts is all it holds.
 */
export interface CorpusStats {
  count(word: string): number;
  /** Distinct normalized words seen. */
  readonly size: number;
}

class WordCounts implements CorpusStats {
  constructor(private readonly counts: Map<string, number>) {}
  count(word: string): number {
    return this.counts.get(word) ?? 0;
  }
  get size(): number {
    return this.counts.size;
  }
}

/**
 * Counts every Arabic, Hebrew and Korean word (normalized letters) of the texts; other scripts need
 * no evidence.
 */
export function buildCorpusStats(texts: Iterable<string>): CorpusStats {
  const counts = new Map<string, number>();
  for (const text of texts) countWords(scanTokens(text), counts);
  return new WordCounts(counts);
}

/** The same, from texts already scanned (so a batch is scanned once). */
export function corpusStatsFromTokens(scanned: Iterable<readonly RawToken[]>): CorpusStats {
  const counts = new Map<string, number>();
  for (const tokens of scanned) countWords(tokens, counts);
  return new WordCounts(counts);
}

/**
 * Whether the batch shows `rest` as a word of its own, for prefix and particle stripping: twice on
 * its own, or once and also with another affix (`otherForms`, looked at only then). One bare
 * occurrence beside the one affixed form says nothing: a name like דינה once and מדינה once.
 */
export function seenAsAWord(corpus: CorpusStats, rest: string, otherForms: () => Iterable<string>): boolean {
  const alone = corpus.count(rest);
  if (alone !== 1) return alone >= 2;
  for (const form of otherForms()) if (corpus.count(form) > 0) return true;
  return false;
}

function countWords(tokens: readonly RawToken[], counts: Map<string, number>): void {
  for (const token of tokens) {
    if (token.kind !== "word" || token.script === "latin") continue;
    if (token.script === "other" && !isHangulWord(token.text)) continue;
    const word = normalizeWord(token.text, token.script);
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
}

/** Evidence from explicit counts (tests, or stats computed elsewhere). */
export function corpusStatsFromCounts(counts: Record<string, number> | Map<string, number>): CorpusStats {
  const map = counts instanceof Map ? counts : new Map(Object.entries(counts));
  const normalized = new Map<string, number>();
  for (const [word, n] of map) {
    const script = /[\u0590-\u05ff]/.test(word) ? "hebrew" : "arabic";
    const key = normalizeWord(word, script);
    normalized.set(key, (normalized.get(key) ?? 0) + n);
  }
  return new WordCounts(normalized);
}
