/**
 * Text as the clustering features see it. The text pipeline (src/text/) owns the full analysis; this
 * is the small subset features need: one form per letter, placeholders for things whose exact value
 * says nothing about the topic, and words split on anything that is not a letter or digit.
 */
const URL_RE = /\bhttps?:\/\/\S+|\bwww\.\S+/giu;
const EMAIL_RE = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
const HANDLE_RE = /(^|\s)@\w+/gu;
const ARABIC_MARKS_RE = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/gu;
const HEBREW_MARKS_RE = /[\u0591-\u05C7]/gu;
const FINAL_HEBREW: Record<string, string> = { ך: "כ", ם: "מ", ן: "נ", ף: "פ", ץ: "צ" };
const ARABIC_LETTERS: Record<string, string> = {
  أ: "ا",
  إ: "ا",
  آ: "ا",
  ٱ: "ا",
  ة: "ه",
  ى: "ي",
  ؤ: "و",
  ئ: "ي",
};

export function normalizeText(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(URL_RE, " url ")
    .replace(EMAIL_RE, " email ")
    .replace(HANDLE_RE, "$1 handle ")
    .replace(ARABIC_MARKS_RE, "")
    .replace(HEBREW_MARKS_RE, "")
    .replace(/[أإآٱةىؤئ]/gu, (c) => ARABIC_LETTERS[c] ?? c)
    .replace(/[ךםןףץ]/gu, (c) => FINAL_HEBREW[c] ?? c)
    .replace(/[\u0660-\u0669\u06F0-\u06F9]/gu, (c) => String((c.charCodeAt(0) & 0xf) % 10))
    .replace(/\p{N}+/gu, "0");
}

/** Normalized words: runs of letters and digits. */
export function featureWords(text: string): string[] {
  return normalizeText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}
