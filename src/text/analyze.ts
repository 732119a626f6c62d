/**
 * The text pipeline's entry points (the clustering depends on these names):
 * - `analyzeText(text, { lang?, corpus? })` → `{ lang, tokens: [{ term, surface }] }`: `term` is what
 *   the clustering compares (normalized, stemmed, stopwords removed), `surface` the same word as a
 *   person writes it (no diacritics, no clitics, not stemmed) for labels.
 * - `tokenTerms(text, options?)` → the terms alone: the word features, no character n-grams.
 * - `analyzeTexts(texts, { lang? })` → analyzeText of every text of a batch, scanned once, with the
 *   batch's own corpus evidence; `analyzeCorpus` → the terms alone. Use these for whole batches.
 * - `buildCorpusStats(texts)` → the evidence Hebrew and Arabic prefix handling uses; build it once
 *   over the whole batch and pass it in, or prefixed words only meet listed bases.
 * - `normalizeForFeatures(text, lang?)` → the normalized text for character n-grams.
 * Placeholders: URLs "<url>", emails "<email>", @handles "<user>" (terms and features); numbers
 * "<num>" (features only: amounts and dates say little about what a complaint is about); emoji dropped.
 */
import { isNotParticleTo, isVerbOfParticle, stemArabic } from "./arabic";
import { msaStem } from "./arabic-lexicon";
import { isHangulWord, type Script } from "./chars";
import { type CorpusStats, corpusStatsFromTokens } from "./corpus-stats";
import { analysisLanguage, isPersianOrUrdu, readsLatinAsEnglish } from "./detect-language";
import { stemEnglish } from "./english";
import { englishCompound } from "./english-compounds";
import { hebrewBaseForm, stripHebrewPrefix } from "./hebrew";
import { withFinalLetter } from "./hebrew-letters";
import { stripKoreanParticle } from "./korean";
import { normalizeWord } from "./normalize-word";
import { stopwordsFor } from "./stopwords";
import { PLACEHOLDERS, type RawToken, scanTokens } from "./tokenize";

export { buildCorpusStats, type CorpusStats } from "./corpus-stats";
export { normalizeForFeatures } from "./features";
export { PLACEHOLDERS } from "./tokenize";

/** Shared between texts (analysis is cached per word): read, never modify. */
export interface AnalyzedToken {
  readonly term: string;
  readonly surface: string;
}

export interface AnalyzedText {
  lang: string | undefined;
  tokens: AnalyzedToken[];
}

export interface AnalyzeOptions {
  /** Forces the language; otherwise detected per text. */
  lang?: string;
  corpus?: CorpusStats;
}

export function analyzeText(text: string, options: AnalyzeOptions = {}): AnalyzedText {
  return analyzeScanned(scanTokens(text), analysisLanguage(text, options.lang), options.corpus);
}

export function tokenTerms(text: string, options?: AnalyzeOptions): string[] {
  return analyzeText(text, options).tokens.map((t) => t.term);
}

/**
 * Every text of a batch, with corpus evidence from the batch itself: each text is scanned once.
 * `lang` forces the language of all texts; otherwise each text's is detected.
 */
export function analyzeTexts(texts: readonly string[], options: { lang?: string } = {}): AnalyzedText[] {
  const scanned = texts.map(scanTokens);
  const corpus = corpusStatsFromTokens(scanned);
  return scanned.map((tokens, i) =>
    analyzeScanned(tokens, analysisLanguage(texts[i] as string, options.lang), corpus),
  );
}

/** The terms of every text of a batch (see analyzeTexts). */
export function analyzeCorpus(texts: readonly string[], options: { lang?: string } = {}): string[][] {
  return analyzeTexts(texts, options).map((a) => a.tokens.map((t) => t.term));
}

// A batch repeats a few thousand words; each (corpus, language, word) is analyzed once. The cache
// lives as long as its corpus; without a corpus it is module-wide and bounded.
const NO_CORPUS: CorpusStats = { count: () => 0, size: 0 };
const wordCaches = new WeakMap<CorpusStats, Map<string, AnalyzedToken | null>>();
const CACHE_LIMIT = 200_000;

function wordCache(corpus: CorpusStats | undefined): Map<string, AnalyzedToken | null> {
  const key = corpus ?? NO_CORPUS;
  let cache = wordCaches.get(key);
  if (!cache || cache.size > CACHE_LIMIT) {
    cache = new Map();
    wordCaches.set(key, cache);
  }
  return cache;
}

function analyzeScanned(
  raw: readonly RawToken[],
  lang: string | undefined,
  corpus?: CorpusStats,
): AnalyzedText {
  const tokens: AnalyzedToken[] = [];
  const cache = wordCache(corpus);
  const langKey = `${lang ?? ""}\u0000`;
  const english = readsLatinAsEnglish(lang);
  for (let i = 0; i < raw.length; i++) {
    const token = raw[i] as RawToken;
    let analyzed: AnalyzedToken | null | undefined;
    const next = raw[i + 1];
    const compound =
      english && token.kind === "word" && token.script === "latin" && next?.kind === "word"
        ? englishCompound(token.text, next.text)
        : undefined;
    if (compound) {
      tokens.push({ term: stemEnglish(compound), surface: `${token.text} ${next?.text}` });
      i++;
      continue;
    }
    if (token.kind === "word") {
      const key = langKey + token.text;
      analyzed = cache.get(key);
      if (analyzed === undefined) {
        analyzed = analyzeWord(token.text, token.script, lang, corpus) ?? null;
        cache.set(key, analyzed);
      }
    } else analyzed = analyzeToken(token);
    if (analyzed) tokens.push(analyzed);
  }
  return { lang, tokens };
}

function analyzeToken(raw: RawToken): AnalyzedToken | undefined {
  if (raw.kind === "url" || raw.kind === "email" || raw.kind === "user") return PLACEHOLDER_TOKENS[raw.kind];
  return undefined; // numbers
}

const PLACEHOLDER_TOKENS = {
  url: { term: PLACEHOLDERS.url, surface: PLACEHOLDERS.url },
  email: { term: PLACEHOLDERS.email, surface: PLACEHOLDERS.email },
  user: { term: PLACEHOLDERS.user, surface: PLACEHOLDERS.user },
} as const;

const HAN = /^\p{Script=Han}$/u;
const KANA_ENDING = /^\p{Script=Hiragana}{1,3}$/u;

function analyzeWord(
  text: string,
  script: Script,
  lang: string | undefined,
  corpus?: CorpusStats,
): AnalyzedToken | undefined {
  if (script === "arabic") {
    const stopwords = stopwordsFor(isPersianOrUrdu(lang) ? (lang as string) : "ar");
    const word = normalizeWord(text, script);
    const isStopword = (rest: string, prefixLength: number) =>
      stopwords.has(rest) && !isNotParticleTo(rest, text.slice(prefixLength), word.slice(0, prefixLength));
    if (word.length < 2 || isStopword(word, 0)) return undefined;
    // A word written with the ta marbuta (فعلية, كلمة) does not end in the pronoun ه of a function
    // word (عليه, لمه), whatever letter normalization makes of it.
    const taMarbuta = text.endsWith("ة");
    const { stem, prefixLength } = stemArabic(
      word,
      corpus,
      (w) => stopwords.has(w) && !(taMarbuta && w.endsWith("ه")),
    );
    // A stem that is a function word (لكنني → لكن, وكانت → كان) is one too, unless the particle's
    // letters are a verb here (حولت "I transferred" is not حول "about").
    const rest = word.slice(prefixLength);
    if (stem.length < 2 || isStopword(rest, prefixLength)) return undefined;
    if (isStopword(stem, prefixLength) && !isVerbOfParticle(rest, stem)) return undefined;
    // Arabic dialect words and broken plurals take the stem of their MSA word (مصاري → مال).
    const term = msaStem(rest, stem, lang) ?? stem;
    // Letter normalization maps one character to one, so the surface is the same slice of the original.
    return { term, surface: text.slice(prefixLength) };
  }
  if (script === "hebrew") {
    const stopwords = stopwordsFor("he");
    const word = normalizeWord(text, script);
    if (word.length < 2 || stopwords.has(word)) return undefined;
    const { base, prefixLength } = stripHebrewPrefix(word, corpus, (w) => stopwords.has(w));
    if (base.length < 2 || stopwords.has(base)) return undefined;
    // Compared with regular letters inside, shown with the final letter a person writes at the end:
    // the term is still one per word (כספים → כסף, כסף → כסף) and reads as Hebrew (שלום, not שלומ).
    return { term: withFinalLetter(hebrewBaseForm(base, corpus)), surface: text.slice(prefixLength) };
  }
  // One letter is no word, except a Chinese character (卡 "card", 钱 "money"), also in Japanese (届).
  if (text.length < 2 && !HAN.test(text)) return undefined;
  // Japanese segments leave inflection and particles as short kana runs (届|き|ま|せん): no topic.
  if (lang === "ja" && KANA_ENDING.test(text)) return undefined;
  const latinLang = script === "latin" && !readsLatinAsEnglish(lang) ? (lang as string) : "en";
  if (script === "latin" && latinLang === "en") {
    if (stopwordsFor("en").has(text)) return undefined;
    return { term: stemEnglish(text), surface: text };
  }
  // Short English messages can score as another Latin language; English function words go anyway.
  if (script === "latin" && stopwordsFor("en").has(text)) return undefined;
  if (stopwordsFor(script === "latin" ? latinLang : (lang ?? "")).has(text)) return undefined;
  if (lang === "ko" && isHangulWord(text)) {
    const base = stripKoreanParticle(text, corpus);
    if (base !== text && stopwordsFor("ko").has(base)) return undefined;
    return { term: base, surface: base };
  }
  return { term: text, surface: text };
}
