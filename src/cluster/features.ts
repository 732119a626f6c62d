import { analyzeText, type CorpusStats, PLACEHOLDERS } from "../text/analyze";
import { stemArabic } from "../text/arabic";
import { msaStem } from "../text/arabic-lexicon";
import { isArabicLetter } from "../text/chars";
import { analysisLanguage, isPersianOrUrdu, readsLatinAsEnglish } from "../text/detect-language";
import { englishCompound } from "../text/english-compounds";
import { type FeatureWord, writtenFeatureWords } from "../text/features";
import { FEATURE_STOPWORDS } from "./stopwords";

/**
 * Which features describe a document. Character n-grams inside word boundaries (each word padded
 * with a space, as scikit-learn's `char_wb` does) meet spelling variants and typos half-way; the
 * text pipeline's stemmed terms (`w:term`, weighted up) add what n-grams miss: Arabic and Hebrew
 * clitics and inflections resolved to one stem. Together they measured +0.015 NMI over n-grams
 * alone on English and Arabic.
 */
export interface FeatureOptions {
  minN: number;
  maxN: number;
  /** Also the stemmed terms, as `w:term` features. */
  terms: boolean;
}

export const DEFAULT_FEATURES: FeatureOptions = { minN: 2, maxN: 4, terms: true };

/** How much a term feature weighs against one n-gram feature. */
export const TERM_WEIGHT = 2;

export const isTermFeature = (feature: string) => feature.startsWith("w:");

// Each (language, word) is stemmed once: a batch repeats a few thousand words.
const termCache = new Map<string, string | null>();
const TERM_CACHE_LIMIT = 500_000;

function termOf(word: string, lang: string | undefined, corpus?: CorpusStats): string | null {
  if (word.startsWith("<")) return null;
  const analyze = () =>
    analyzeText(word, { ...(lang ? { lang } : {}), ...(corpus ? { corpus } : {}) }).tokens[0]?.term ?? null;
  // With a batch's corpus evidence the term depends on the batch: the caller caches it.
  if (corpus) return analyze();
  const key = `${lang ?? ""}\u0000${word}`;
  let term = termCache.get(key);
  if (term === undefined) {
    if (termCache.size > TERM_CACHE_LIMIT) termCache.clear();
    term = analyze();
    termCache.set(key, term);
  }
  return term;
}

/**
 * The part of a normalized word that its n-grams are taken from. An Arabic word loses its article
 * and the proclitics that the corpus shows to be clitics (والمصاري → مصاري, وبطاقتي → بطاقتي), and
 * a dialect word or broken plural becomes the stem of its MSA word (مصاري → مال), so that "my
 * money" shares n-grams in either register (in Arabic text: not in Persian or Urdu, `lang`).
 */
function gramSource(word: string, corpus: CorpusStats | undefined, lang: string | undefined): string {
  if (!isArabicLetter(word.charCodeAt(0))) return word;
  const { stem, prefixLength } = stemArabic(word, corpus);
  const bare = word.slice(prefixLength);
  return msaStem(bare, stem, lang) ?? bare;
}

/** The character n-grams of one normalized word, padded with a space on each side. */
function wordGrams(word: string, options: FeatureOptions, emit: (feature: string) => void): void {
  const padded = ` ${word} `;
  const length = padded.length;
  for (let n = options.minN; n <= options.maxN; n++) {
    if (n > length) {
      if (n === options.minN) emit(padded);
      break;
    }
    for (let i = 0; i < length - n + 1; i++) emit(padded.slice(i, i + n));
  }
}

/** Ids for features in order of first sight: `idOf` serves as a FeatureIndexer's lookup. */
export class FeatureNames {
  /** Each id's feature. */
  readonly names: string[] = [];
  private readonly ids = new Map<string, number>();
  readonly idOf = (feature: string): number => {
    let id = this.ids.get(feature);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(feature, id);
      this.names.push(feature);
    }
    return id;
  };
}

interface TermEntry {
  term: string | null;
  id?: number;
}

/**
 * Turns documents into feature ids, fast: a batch repeats a few thousand words, so each word's
 * n-gram ids and each (language, word)'s term id are looked up once and reused. `lookup` gives a
 * feature's id, or -1 to leave it out. `corpus` is the batch's word counts, the evidence for
 * Arabic and Hebrew prefixes (one batch, one corpus: the fit set's, also when assigning the rest).
 */
export class FeatureIndexer {
  private readonly gramIds = new Map<string, Int32Array>();
  /** Each (language, word as written)'s term, and its feature id once a document has emitted it. */
  private readonly terms = new Map<string, TermEntry>();

  constructor(
    private readonly options: FeatureOptions,
    private readonly lookup: (feature: string) => number,
    private readonly corpus?: CorpusStats,
  ) {}

  forEachId(text: string, lang: string | undefined, emit: (id: number) => void): void {
    const stemLang = analysisLanguage(text, lang);
    const written = writtenFeatureWords(text);
    const words = readsLatinAsEnglish(stemLang) ? joinCompounds(written) : written;
    if (words.length === 0) return;
    const terms = this.options.terms ? words.map((w) => this.termOf(w.written, stemLang)) : undefined;
    // A message with no word that says something ("Thank you so much!", "ok 👍", "12345": no term,
    // no link, address or handle) has no features and is an outlier: its n-grams alone made pain
    // points of thanks.
    if (
      terms &&
      !words.some(({ word }, i) =>
        word.startsWith("<") ? word !== PLACEHOLDERS.num : (terms[i] as TermEntry).term !== null,
      )
    )
      return;
    // A word's n-grams depend on the language only through the dialect lexicon (msaStem).
    const ownGrams = isPersianOrUrdu(stemLang);
    for (const { word } of words) {
      const key = ownGrams ? `\u0001${word}` : word;
      let ids = this.gramIds.get(key);
      if (!ids) {
        const found: number[] = [];
        if (!FEATURE_STOPWORDS.has(word)) {
          wordGrams(gramSource(word, this.corpus, stemLang), this.options, (f) => {
            const id = this.lookup(f);
            if (id >= 0) found.push(id);
          });
        }
        ids = Int32Array.from(found);
        this.gramIds.set(key, ids);
      }
      for (let i = 0; i < ids.length; i++) emit(ids[i] as number);
    }
    for (const entry of terms ?? []) {
      // Ids are given in order of first sight, n-grams first: a term's id is looked up here.
      entry.id ??= entry.term ? this.lookup(`w:${entry.term}`) : -1;
      if (entry.id >= 0) emit(entry.id);
    }
  }

  private termOf(word: string, lang: string | undefined): TermEntry {
    const key = `${lang ?? ""}\u0000${word}`;
    let entry = this.terms.get(key);
    if (!entry) {
      entry = { term: termOf(word, lang, this.corpus) };
      this.terms.set(key, entry);
    }
    return entry;
  }
}

/** English verb + particle compounds as their closed form ("top", "up" → "topup"), as the terms have them. */
function joinCompounds(words: FeatureWord[]): FeatureWord[] {
  const out: FeatureWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const compound = englishCompound((words[i] as FeatureWord).written, words[i + 1]?.written);
    out.push(compound ? { word: compound, written: compound } : (words[i] as FeatureWord));
    if (compound) i++;
  }
  return out;
}
