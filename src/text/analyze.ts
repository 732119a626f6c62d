/**
 * The text pipeline's entry points (the clustering depends on these names):
 * - `analyzeText(text, { lang?, corpus? })` → `{ lang, tokens: [{ term, surface }] }`: `term` is what
 *   the clustering compares (normalized, stemmed, stopwords removed), `surface` the same word as a
 *   person writes it (no diacritics, no clitics, not stemmed) for labels.
 * - `tokenTerms(text, options?)` → the terms alone: the word features, no character n-grams.
 * - `analyzeCorpus(texts, { lang? })` → one term list per text, with corpus evidence built once.
 * - `buildCorpusStats(texts)` → the evidence Hebrew and Arabic prefix handling uses; build it once
 *   over the whole batch and pass it in, or prefixed words only meet listed bases.
 * - `normalizeForFeatures(text, lang?)` → the normalized text for character n-grams.
 * Placeholders: URLs "<url>", emails "<email>", @handles "<user>" (terms and features); numbers
 * "<num>" (features only: amounts and dates say little about what a complaint is about); emoji dropped.
 */
import { stemArabic } from "./arabic";
import type { Script } from "./chars";
import { buildCorpusStats, type CorpusStats } from "./corpus-stats";
import { detectLanguage } from "./detect-language";
import { stemEnglish } from "./english";
import { stripHebrewPrefix } from "./hebrew";
import { normalizeWord } from "./normalize-word";
import { stopwordsFor } from "./stopwords";
import { PLACEHOLDERS, type RawToken, scanTokens } from "./tokenize";

export { buildCorpusStats, type CorpusStats } from "./corpus-stats";
export { normalizeForFeatures } from "./features";
export { PLACEHOLDERS } from "./tokenize";

export interface AnalyzedToken {
  term: string;
  surface: string;
}

export interface AnalyzeOptions {
  /** Forces the language; otherwise detected per text. */
  lang?: string;
  corpus?: CorpusStats;
}

export function analyzeText(
  text: string,
  options: AnalyzeOptions = {},
): { lang: string | undefined; tokens: AnalyzedToken[] } {
  const lang = options.lang ?? detectLanguage(text);
  const tokens: AnalyzedToken[] = [];
  for (const raw of scanTokens(text)) {
    const token = analyzeToken(raw, lang, options.corpus);
    if (token) tokens.push(token);
  }
  return { lang, tokens };
}

export function tokenTerms(text: string, options?: AnalyzeOptions): string[] {
  return analyzeText(text, options).tokens.map((t) => t.term);
}

/** Terms of every text, with corpus evidence built from the texts themselves. */
export function analyzeCorpus(texts: string[], options: { lang?: string } = {}): string[][] {
  const corpus = buildCorpusStats(texts);
  const lang = options.lang;
  return texts.map((text) => tokenTerms(text, lang ? { lang, corpus } : { corpus }));
}

function analyzeToken(
  raw: RawToken,
  lang: string | undefined,
  corpus?: CorpusStats,
): AnalyzedToken | undefined {
  switch (raw.kind) {
    case "num":
      return undefined;
    case "url":
    case "email":
    case "user":
      return { term: PLACEHOLDERS[raw.kind], surface: PLACEHOLDERS[raw.kind] };
  }
  return analyzeWord(raw.text, raw.script, lang, corpus);
}

function analyzeWord(
  text: string,
  script: Script,
  lang: string | undefined,
  corpus?: CorpusStats,
): AnalyzedToken | undefined {
  if (script === "arabic") {
    const stopwords = stopwordsFor(lang === "fa" || lang === "ur" ? lang : "ar");
    const word = normalizeWord(text, script);
    if (word.length < 2 || stopwords.has(word)) return undefined;
    const { stem, prefixLength } = stemArabic(word, corpus, (w) => stopwords.has(w));
    // A stem that is a function word (لكنني → لكن, وكانت → كان) is one too.
    if (stem.length < 2 || stopwords.has(stem) || stopwords.has(word.slice(prefixLength))) return undefined;
    // Letter normalization maps one character to one, so the surface is the same slice of the original.
    return { term: stem, surface: text.slice(prefixLength) };
  }
  if (script === "hebrew") {
    const stopwords = stopwordsFor("he");
    const word = normalizeWord(text, script);
    if (word.length < 2 || stopwords.has(word)) return undefined;
    const { base, prefixLength } = stripHebrewPrefix(word, corpus, (w) => stopwords.has(w));
    if (base.length < 2 || stopwords.has(base)) return undefined;
    return { term: base, surface: text.slice(prefixLength) };
  }
  if (text.length < 2) return undefined;
  // Latin words inside Arabic or Hebrew text are English loanwords and brand names far more often
  // than anything else, so they get the English treatment.
  const latinLang = script === "latin" && lang && lang !== "ar" && lang !== "he" ? lang : "en";
  if (script === "latin" && latinLang === "en") {
    if (stopwordsFor("en").has(text)) return undefined;
    return { term: stemEnglish(text), surface: text };
  }
  // Short English messages can score as another Latin language; English function words go anyway.
  if (script === "latin" && stopwordsFor("en").has(text)) return undefined;
  if (stopwordsFor(script === "latin" ? latinLang : (lang ?? "")).has(text)) return undefined;
  return { term: text, surface: text };
}
