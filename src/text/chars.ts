// Character classes by code unit: the scanner calls these once per character, so they are range
// checks, not regular expressions.

export type Script = "latin" | "arabic" | "hebrew" | "other";

export function isLatinLetter(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x1e00 && c <= 0x1eff)
  );
}

export function isArabicLetter(c: number): boolean {
  return (
    (c >= 0x620 && c <= 0x63f) ||
    (c >= 0x641 && c <= 0x64a) ||
    c === 0x66e ||
    c === 0x66f ||
    (c >= 0x671 && c <= 0x6d3) ||
    c === 0x6d5 ||
    c === 0x6ee ||
    c === 0x6ef ||
    (c >= 0x6fa && c <= 0x6fc) ||
    c === 0x6ff
  );
}

/** Harakat, shadda, sukun, Quranic annotation marks, dagger alef, and tatweel (kashida). */
export function isArabicMark(c: number): boolean {
  return (
    (c >= 0x610 && c <= 0x61a) ||
    (c >= 0x64b && c <= 0x65f) ||
    c === 0x670 ||
    c === 0x640 ||
    (c >= 0x6d6 && c <= 0x6dc) ||
    (c >= 0x6df && c <= 0x6e8) ||
    (c >= 0x6ea && c <= 0x6ed)
  );
}

export function isHebrewLetter(c: number): boolean {
  return (c >= 0x5d0 && c <= 0x5ea) || (c >= 0x5f0 && c <= 0x5f2);
}

/** Niqqud and cantillation; maqaf (0x5be), paseq and sof pasuq are punctuation, not marks. */
export function isHebrewMark(c: number): boolean {
  return (
    (c >= 0x591 && c <= 0x5bd) ||
    c === 0x5bf ||
    c === 0x5c1 ||
    c === 0x5c2 ||
    c === 0x5c4 ||
    c === 0x5c5 ||
    c === 0x5c7
  );
}

/** ASCII, Arabic-Indic and Eastern Arabic-Indic digits: the value of the digit, or -1. */
export function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x660 && c <= 0x669) return c - 0x660;
  if (c >= 0x6f0 && c <= 0x6f9) return c - 0x6f0;
  return -1;
}

/** Characters that never split a word and are dropped: joiners, soft hyphen, bidi controls, variation selectors. */
export function isIgnorable(c: number): boolean {
  return (
    c === 0xad ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069) ||
    (c >= 0xfe00 && c <= 0xfe0f) ||
    c === 0xfeff ||
    (c >= 0x300 && c <= 0x36f)
  );
}

/** Scripts written without spaces between words: these runs go through Intl.Segmenter. */
export function isUnspacedScript(cp: number): boolean {
  return (
    (cp >= 0x0e00 && cp <= 0x0eff) || // Thai, Lao
    (cp >= 0x1000 && cp <= 0x109f) || // Myanmar
    (cp >= 0x1780 && cp <= 0x17ff) || // Khmer
    (cp >= 0x3040 && cp <= 0x30ff) || // kana
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x20000 && cp <= 0x2ffff)
  );
}

const OTHER_LETTER = /[\p{L}\p{M}]/u;

/** Letters of every other script; only reached for characters outside the ranges above. */
export function isOtherLetter(cp: number): boolean {
  if (cp < 0x370) return false;
  return OTHER_LETTER.test(String.fromCodePoint(cp));
}

const HANGUL_WORD = /^\p{Script=Hangul}+$/u;

/** A word of Korean letters only (scanned as an "other" script word). */
export function isHangulWord(word: string): boolean {
  return HANGUL_WORD.test(word);
}
