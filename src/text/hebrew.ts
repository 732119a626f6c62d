import { type CorpusStats, seenAsAWord } from "./corpus-stats";
import { normalizeHebrewWord } from "./hebrew-letters";
import { HEBREW_LEXICON } from "./hebrew-lexicon";

/**
 * Every prefix string Hebrew writing fuses to a word, from its grammar: an optional conjunction ו,
 * an optional relative/temporal particle (ש כש מש לכש), then an optional article or preposition
 * (ה ב כ ל מ, or מה "from the"). Ordered shortest first: the word is peeled one layer at a time.
 */
export const HEBREW_PREFIXES: readonly string[] = (() => {
  const out = new Set<string>();
  for (const conj of ["", "ו"])
    for (const rel of ["", "ש", "כש", "מש", "לכש"])
      for (const prep of ["", "ה", "ב", "כ", "ל", "מ", "מה"]) {
        const p = conj + rel + prep;
        if (p) out.add(p);
      }
  return [...out].sort((a, b) => a.length - b.length || a.localeCompare(b));
})();

// Endings that inflect a listed word: plural, construct, possessive. A word that is a listed stem
// plus one of these counts as listed (הזמנות, לקוחות, משלוחים, כרטיסי). Words are compared with
// regular letters in place of final ones, so the endings are too (ים → ימ).
const INFLECTIONS = [
  "ים",
  "ות",
  "י",
  "ה",
  "ת",
  "ו",
  "ך",
  "נו",
  "כם",
  "הם",
  "יו",
  "יה",
  "יך",
  "ינו",
  "יכם",
  "יהם",
].map(normalizeHebrewWord);
const LEXICON_STEMS: ReadonlySet<string> = (() => {
  const stems = new Set(HEBREW_LEXICON);
  for (const w of HEBREW_LEXICON) {
    if (w.length >= 4 && (w.endsWith("ה") || w.endsWith("ת"))) stems.add(w.slice(0, -1));
  }
  return stems;
})();

/** A listed word, or an inflected form of one. */
export function isKnownHebrewWord(word: string): boolean {
  if (HEBREW_LEXICON.has(word)) return true;
  for (const ending of INFLECTIONS) {
    if (word.length - ending.length >= 2 && word.endsWith(ending)) {
      if (LEXICON_STEMS.has(word.slice(0, -ending.length))) return true;
    }
  }
  return false;
}

const MIN_CORPUS_REMAINDER = 3;

export interface HebrewPrefixResult {
  /** The word without its prefixes (normalized letters). */
  base: string;
  /** How many leading letters were prefixes. */
  prefixLength: number;
}

/**
 * Strips prefix letters only on evidence. A listed word is never stripped. Otherwise each grammatical
 * prefix is tried, shortest first: a remainder that is a listed word ends the search (so ומשלוח
 * stops at משלוח and never reaches שלוח); a remainder of three letters or more that occurs on its own
 * in the corpus (twice, or once and behind another prefix too), not far rarer than the whole word,
 * is a candidate, and the longest such prefix wins
 * (והסניף → סניף rather than הסניף). `isStopword` lets ושאני or וגם reach their function word.
 */
export function stripHebrewPrefix(
  word: string,
  corpus?: CorpusStats,
  isStopword?: (w: string) => boolean,
): HebrewPrefixResult {
  const unchanged = { base: word, prefixLength: 0 };
  if (isKnownHebrewWord(word)) return unchanged;
  let best = unchanged;
  for (const prefix of HEBREW_PREFIXES) {
    if (!word.startsWith(prefix)) continue;
    const rest = word.slice(prefix.length);
    if (rest.length < 2) break;
    if (isStopword?.(rest) || isKnownHebrewWord(rest)) return { base: rest, prefixLength: prefix.length };
    if (corpus && rest.length >= MIN_CORPUS_REMAINDER) {
      const otherForms = () => HEBREW_PREFIXES.filter((p) => p !== prefix).map((p) => p + rest);
      if (seenAsAWord(corpus, rest, otherForms) && corpus.count(rest) * 30 >= corpus.count(word))
        best = { base: rest, prefixLength: prefix.length };
    }
  }
  return best;
}

// Plural endings (final letters already regular), longest first: dual יים (שבועיים), masculine ים,
// feminine ות, whose singular often ends in ה (הזמנות → הזמנה) but not always (לקוחות → לקוח).
const PLURALS: ReadonlyArray<[string, readonly string[]]> = [
  ["יימ", [""]],
  ["ימ", [""]],
  ["ות", ["", "ה", "ת"]],
];

/**
 * The singular of a plural, on the same evidence as prefixes: the singular is a listed word or
 * occurs on its own in the corpus (listed words first). A listed word is never cut (שירות is not
 * שיר + ות).
 */
export function singularHebrew(word: string, corpus?: CorpusStats): string {
  if (HEBREW_LEXICON.has(word)) return word;
  const plural = PLURALS.find(([ending]) => word.endsWith(ending) && word.length - ending.length >= 2);
  if (!plural) return word;
  const stem = word.slice(0, -plural[0].length);
  const candidates = plural[1].map((ending) => stem + ending);
  const listed = candidates.find((c) => HEBREW_LEXICON.has(c));
  if (listed) return listed;
  const seen = corpus && candidates.find((c) => c.length >= MIN_CORPUS_REMAINDER && corpus.count(c) >= 2);
  return seen || word;
}

// Words written with a final א or a final ה, both common: the academy's spelling is the one that
// compares (סיסמה, not סיסמא). Listed one by one: as a letter rule it would join different words
// (קורא "reads" and קורה "happens", נושא "subject" and נושה "creditor").
const SPELLING_VARIANTS = new Map([
  ["סיסמא", "סיסמה"],
  ["גרסא", "גרסה"],
  ["דוגמא", "דוגמה"],
  ["קופסא", "קופסה"],
  ["משכנתה", "משכנתא"],
  ["אסמכתה", "אסמכתא"],
]);

/** The one spelling a word with two common spellings compares as (normalized letters). */
function standardHebrewSpelling(word: string): string {
  return SPELLING_VARIANTS.get(word) ?? word;
}

// Subject endings of the past tense: I (תי), we (נו), you (תם, תן), they (ו). The other persons
// end like nouns (ה, ת) and are left as they are.
const PAST_ENDINGS = ["תי", "נו", "תמ", "תנ", "ו"];
// Listed words that end like a past verb whose rest is another listed word: כלבו "department
// store" is not כלב "dog" + ו, חברתי "social" not חבר "friend" + תי.
const NOT_PAST_VERBS = new Set(["כלבו", "חברתי"]);

/**
 * A past-tense verb without its subject ending, so that ביטלתי "I cancelled", ביטלנו and ביטלו
 * meet ביטל "he cancelled", as English "cancelled" meets "cancel": the rest must be a listed word
 * or occur on its own in the corpus (twice), with three letters at least. Normalized letters.
 */
export function pastVerbBase(word: string, corpus?: CorpusStats): string {
  if (NOT_PAST_VERBS.has(word)) return word;
  for (const ending of PAST_ENDINGS) {
    if (!word.endsWith(ending) || word.length - ending.length < MIN_CORPUS_REMAINDER) continue;
    const rest = word.slice(0, -ending.length);
    if (HEBREW_LEXICON.has(rest) || (corpus && corpus.count(rest) >= 2)) return rest;
  }
  return word;
}

/**
 * The form a Hebrew word (prefixes already off, normalized letters) is compared by: a past verb
 * without its subject ending, a plural as its singular, one spelling of a word with two.
 */
export function hebrewBaseForm(base: string, corpus?: CorpusStats): string {
  return standardHebrewSpelling(singularHebrew(pastVerbBase(base, corpus), corpus));
}
