import {
  digitValue,
  isArabicLetter,
  isArabicMark,
  isHebrewLetter,
  isHebrewMark,
  isIgnorable,
  isLatinLetter,
  isOtherLetter,
  isUnspacedScript,
  type Script,
} from "./chars";
import { messageBody } from "./message-body";

/**
 * A token as written, before any language processing. Words come lowercased (NFKC; US and ID stay
 * capitals where they are acronyms) with diacritics, niqqud, tatweel and joiners removed but
 * letters otherwise as typed; URLs, emails, @handles and numbers are their own kinds so that
 * callers can map them to placeholders. Emoji and punctuation are dropped: they say how a customer
 * feels, not what the complaint is about.
 */
export interface RawToken {
  kind: "word" | "url" | "email" | "user" | "num";
  text: string;
  script: Script;
}

/** What URLs, emails, handles and numbers become in terms and features. */
export const PLACEHOLDERS = { url: "<url>", email: "<email>", user: "<user>", num: "<num>" } as const;

// URLs, emails, @handles, and Slack's mentions as they come in messages copied from it: <!channel>,
// <!here>, <@U024BE7LH>, <#C024BE7LR|general>. A mention says whom a message pings, not what it
// is about; read as words, "<!channel>" would give "channel".
const SPECIAL =
  /(?:https?:\/\/|www\.)[^\s<>"']+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}|@[\p{L}\p{N}_]+|<[!@#][^\s<>]*>/gu;
const TRAILING_PUNCTUATION = /[.,;:!?)\]}'"]+$/;

// Acronyms whose lowercase spelling is an English function word: "my ID", "shipping to the US".
// Lowercased, they would be "id" (I'd) and "us", and dropped; they stay in capitals, as written.
const ACRONYMS = /\b(?:US|ID)\b/g;

/**
 * The text lowercased, except the acronyms above where they stand in capitals in a text that is
 * not all capitals (in "HELP US" every word is capitalized and "us" is the pronoun).
 */
function lowercase(text: string): string {
  const lower = text.toLowerCase();
  if (!text.includes("US") && !text.includes("ID")) return lower;
  if (lower.length !== text.length || isShouting(text)) return lower;
  let out = lower;
  for (const match of text.matchAll(ACRONYMS)) {
    out = out.slice(0, match.index) + match[0] + out.slice(match.index + match[0].length);
  }
  return out;
}

function isShouting(text: string): boolean {
  return !/[a-z]/.test(text) && (text.match(/[A-Z]{2,}/g)?.length ?? 0) >= 2;
}

/** Splits a text into raw tokens, in order. */
export function scanTokens(text: string): RawToken[] {
  // A ticket's quoted reply and signature are not the customer's words (message-body.ts).
  const s = lowercase(messageBody(text).normalize("NFKC"));
  const out: RawToken[] = [];
  if (!s.includes("@") && !s.includes("://") && !s.includes("www.") && !s.includes("<")) {
    scanWords(s, 0, s.length, out);
    return out;
  }
  let last = 0;
  for (const match of s.matchAll(SPECIAL)) {
    const index = match.index;
    scanWords(s, last, index, out);
    let token = match[0];
    let kind: RawToken["kind"];
    if (token.startsWith("@") || token.startsWith("<")) kind = "user";
    else if (token.includes("@") && !token.includes("/")) kind = "email";
    else {
      kind = "url";
      token = token.replace(TRAILING_PUNCTUATION, "");
    }
    out.push({ kind, text: token, script: "other" });
    last = index + token.length;
  }
  scanWords(s, last, s.length, out);
  return out;
}

function scriptOf(cp: number): Script | undefined {
  if (isLatinLetter(cp)) return "latin";
  if (isArabicLetter(cp)) return "arabic";
  if (isHebrewLetter(cp)) return "hebrew";
  if (cp >= 0x370 && isOtherLetter(cp) && !isArabicMark(cp) && !isHebrewMark(cp)) return "other";
  return undefined;
}

function isMarkOf(script: Script, c: number): boolean {
  if (script === "arabic") return isArabicMark(c);
  if (script === "hebrew") return isHebrewMark(c);
  return false;
}

// Geresh and gershayim (and the ASCII quotes typed for them) belong inside Hebrew words: צ'ק, מע"מ.
function isHebrewQuote(c: number): boolean {
  return c === 0x27 || c === 0x22 || c === 0x5f3 || c === 0x5f4 || c === 0x2019 || c === 0x201d;
}

function scanWords(s: string, from: number, to: number, out: RawToken[]): void {
  let i = from;
  while (i < to) {
    const c = s.charCodeAt(i);
    if (digitValue(c) >= 0) {
      i = scanNumber(s, i, to, out);
      continue;
    }
    const cp = c >= 0xd800 && c <= 0xdbff ? (s.codePointAt(i) ?? c) : c;
    const script = scriptOf(cp);
    if (script === undefined) i += cp > 0xffff ? 2 : 1;
    else if (script === "other") i = scanOtherWord(s, i, to, out);
    else i = scanWord(s, i, to, script, out);
  }
}

function scanNumber(s: string, start: number, to: number, out: RawToken[]): number {
  let i = start + 1;
  while (i < to) {
    const c = s.charCodeAt(i);
    if (digitValue(c) >= 0) i++;
    else if ((c === 0x2e || c === 0x2c || c === 0x66b || c === 0x66c) && digitValue(s.charCodeAt(i + 1)) >= 0)
      i += 2;
    else break;
  }
  out.push({ kind: "num", text: s.slice(start, i), script: "other" });
  return i;
}

const ZWNJ = 0x200c;

/** A Latin, Arabic or Hebrew word: letters of one script, skipping that script's marks. */
function scanWord(s: string, start: number, to: number, script: Script, out: RawToken[]): number {
  let i = start;
  let codes: number[] | undefined; // built only once a character is skipped
  while (i < to) {
    const c = s.charCodeAt(i);
    const letter =
      script === "latin" ? isLatinLetter(c) : script === "arabic" ? isArabicLetter(c) : isHebrewLetter(c);
    if (letter) {
      codes?.push(c);
      i++;
      continue;
    }
    // In Persian (and Urdu) the zero-width non-joiner parts a word's pieces: می‌خواهم is the verbal
    // prefix می and خواهم, کتاب‌ها the word کتاب and the plural ها. Joined, the stemmer read them
    // as one word ("ميخ"); parted, the prefix and the plural are stopwords.
    if (script === "arabic" && c === ZWNJ) break;
    const skip =
      isMarkOf(script, c) ||
      isIgnorable(c) ||
      (script === "hebrew" && isHebrewQuote(c) && (isHebrewLetter(s.charCodeAt(i + 1)) || c !== 0x22));
    if (!skip) break;
    codes ??= stringCodes(s, start, i);
    i++;
  }
  const text = codes ? String.fromCharCode(...codes) : s.slice(start, i);
  if (text.length > 0) out.push({ kind: "word", text, script });
  return i;
}

function stringCodes(s: string, start: number, end: number): number[] {
  const codes: number[] = [];
  for (let j = start; j < end; j++) codes.push(s.charCodeAt(j));
  return codes;
}

let segmenter: Intl.Segmenter | undefined;

/** A run of another script's letters; scripts without spaces go through Intl.Segmenter. */
function scanOtherWord(s: string, start: number, to: number, out: RawToken[]): number {
  let i = start;
  let unspaced = false;
  while (i < to) {
    const c = s.charCodeAt(i);
    const cp = c >= 0xd800 && c <= 0xdbff ? (s.codePointAt(i) ?? c) : c;
    if (!(isIgnorable(cp) || (cp >= 0x370 && isOtherLetter(cp)))) break;
    if (isUnspacedScript(cp)) unspaced = true;
    i += cp > 0xffff ? 2 : 1;
  }
  const run = s.slice(start, i);
  if (!unspaced) {
    out.push({ kind: "word", text: run, script: "other" });
    return i;
  }
  segmenter ??= new Intl.Segmenter(undefined, { granularity: "word" });
  for (const part of segmenter.segment(run)) {
    if (part.isWordLike) out.push({ kind: "word", text: part.segment, script: "other" });
  }
  return i;
}
