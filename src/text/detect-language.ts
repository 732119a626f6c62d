import { detect as detectLatin } from "tinyld/light";

/** Latin-script languages we tell apart; everything the detector is unsure of counts as English. */
const LATIN_LANGUAGES = [
  "en",
  "fr",
  "es",
  "de",
  "it",
  "pt",
  "nl",
  "tr",
  "id",
  "pl",
  "sv",
  "da",
  "no",
  "fi",
  "ro",
  "cs",
  "vi",
  "ms",
  "hu",
];

const SCRIPTS: Array<[RegExp, string]> = [
  [/\p{Script=Arabic}/u, "Arabic"],
  [/\p{Script=Hebrew}/u, "Hebrew"],
  [/\p{Script=Latin}/u, "Latin"],
  [/\p{Script=Cyrillic}/u, "Cyrillic"],
  [/\p{Script=Greek}/u, "Greek"],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, "Kana"],
  [/\p{Script=Han}/u, "Han"],
  [/\p{Script=Hangul}/u, "Hangul"],
  [/\p{Script=Thai}/u, "Thai"],
  [/\p{Script=Devanagari}/u, "Devanagari"],
  [/\p{Script=Armenian}/u, "Armenian"],
  [/\p{Script=Georgian}/u, "Georgian"],
  [/\p{Script=Bengali}/u, "Bengali"],
  [/\p{Script=Tamil}/u, "Tamil"],
];

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

/** Counts the letters of each script; the script with the most letters decides. */
export function dominantScript(text: string): string | undefined {
  const counts = new Map<string, number>();
  for (const char of text) {
    if (!/\p{L}/u.test(char)) continue;
    for (const [pattern, name] of SCRIPTS) {
      if (pattern.test(char)) {
        counts.set(name, (counts.get(name) ?? 0) + 1);
        break;
      }
    }
  }
  let best: string | undefined;
  let bestCount = 0;
  for (const [name, count] of counts) {
    if (count > bestCount) {
      best = name;
      bestCount = count;
    }
  }
  // Japanese text mixes kana with Han characters; any kana at all makes it Japanese.
  if (best === "Han" && counts.has("Kana")) return "Kana";
  return best;
}

/**
 * A BCP-47 language tag for a feedback text, or undefined when it has no letters. Non-Latin
 * scripts decide by themselves (Arabic, Hebrew, ...); Latin text goes to a small n-gram detector.
 */
export function detectLanguage(text: string): string | undefined {
  const script = dominantScript(text);
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
      return detectLatin(text, { only: LATIN_LANGUAGES }) || "en";
    default:
      return SCRIPT_LANGUAGE[script];
  }
}
