import { mostCounted } from "../lib/counts";
import { isLatinLetter } from "./chars";
import { detectLatinLanguage } from "./latin-language";
import { messageBody } from "./message-body";

// Unicode blocks of the scripts we tell apart, checked by code point: this runs on every ingested
// item, and a regular expression per character costs a hundred times more.
const SCRIPT_RANGES: Array<[number, number, string]> = [
  [0x0041, 0x024f, "Latin"],
  [0x1e00, 0x1eff, "Latin"],
  [0x0370, 0x03ff, "Greek"],
  [0x0400, 0x052f, "Cyrillic"],
  [0x0530, 0x058f, "Armenian"],
  [0x0590, 0x05ff, "Hebrew"],
  [0xfb1d, 0xfb4f, "Hebrew"],
  [0x0600, 0x06ff, "Arabic"],
  [0x0750, 0x077f, "Arabic"],
  [0x08a0, 0x08ff, "Arabic"],
  [0xfb50, 0xfdff, "Arabic"],
  [0xfe70, 0xfeff, "Arabic"],
  [0x0900, 0x097f, "Devanagari"],
  [0x0980, 0x09ff, "Bengali"],
  [0x0b80, 0x0bff, "Tamil"],
  [0x0e00, 0x0e7f, "Thai"],
  [0x10a0, 0x10ff, "Georgian"],
  [0x1100, 0x11ff, "Hangul"],
  [0x3040, 0x30ff, "Kana"],
  [0x3400, 0x4dbf, "Han"],
  [0x4e00, 0x9fff, "Han"],
  [0xac00, 0xd7af, "Hangul"],
];

function scriptOf(code: number): string | undefined {
  for (const [from, to, name] of SCRIPT_RANGES) if (code >= from && code <= to) return name;
  return undefined;
}

const SCRIPT_LANGUAGE: Record<string, string> = {
  Hebrew: "he",
  Cyrillic: "ru",
  Greek: "el",
  Hangul: "ko",
  Thai: "th",
  Devanagari: "hi",
  Armenian: "hy",
  Georgian: "ka",
  Bengali: "bn",
  Tamil: "ta",
};

// Letters that Persian and Urdu use and Arabic does not.
const PERSIAN_LETTERS = /[پچژگکی]/u;
const URDU_LETTERS = /[ٹڈڑںےھ]/u;
const UKRAINIAN_LETTERS = /[іїєґ]/iu;

/**
 * Counts the letters of each script; the script with the most letters decides. A ticket's quoted
 * reply and signature do not count: a Hebrew complaint that quotes an English answer is Hebrew.
 */
export function dominantScript(text: string): string | undefined {
  return scriptOfLetters(messageBody(text));
}

function scriptOfLetters(text: string): string | undefined {
  const counts = new Map<string, number>();
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Below "A", and the ASCII punctuation between the cases, are no letters of any script.
    if (code < 0x41 || (code > 0x5a && code < 0x61) || (code > 0x7a && code < 0xaa)) continue;
    const name = scriptOf(code);
    if (name && (name !== "Latin" || isLatinLetter(code))) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const best = mostCounted(counts);
  // Japanese text mixes kana with Han characters; any kana at all makes it Japanese.
  if (best === "Han" && counts.has("Kana")) return "Kana";
  return best;
}

/**
 * A BCP-47 language tag for a feedback text, or undefined when it has no letters. Non-Latin
 * scripts decide by themselves (Arabic, Hebrew, ...); Latin text by its function words.
 */
export function detectLanguage(message: string): string | undefined {
  const text = messageBody(message);
  const script = scriptOfLetters(text);
  switch (script) {
    case undefined:
      return undefined;
    case "Arabic":
      if (URDU_LETTERS.test(text)) return "ur";
      if (PERSIAN_LETTERS.test(text)) return "fa";
      return "ar";
    case "Kana":
      return "ja";
    case "Han":
      return "zh";
    case "Cyrillic":
      return UKRAINIAN_LETTERS.test(text) ? "uk" : "ru";
    case "Latin":
      return detectLatinLanguage(text);
    default:
      return SCRIPT_LANGUAGE[script];
  }
}

/** The primary language of a BCP-47 tag, lowercase: `en-US` → `en`, `AR` → `ar`, `he_IL` → `he`. */
export function primaryLanguage(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? "";
}

/**
 * The language whose rules analyse a text: the given tag's primary language, else the detected
 * one. Stopwords and stemmers are keyed by primary language.
 */
export function analysisLanguage(text: string, lang?: string): string | undefined {
  return lang ? primaryLanguage(lang) || undefined : detectLanguage(text);
}

/**
 * Persian and Urdu: written in the Arabic script, analysed by its letter rules and light stemmer,
 * but with their own stopwords and without the Arabic dialect lexicon.
 */
export function isPersianOrUrdu(lang: string | undefined): boolean {
  return lang === "fa" || lang === "ur";
}

/**
 * Whether Latin words in a text of this language get the English rules: in English, in Arabic and
 * Hebrew text (English loanwords and brand names far more often than anything else), and when the
 * language is unknown.
 */
export function readsLatinAsEnglish(lang: string | undefined): boolean {
  return !lang || lang === "en" || lang === "ar" || lang === "he";
}
