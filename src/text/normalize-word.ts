import { normalizeArabicWord } from "./arabic";
import type { Script } from "./chars";
import { normalizeHebrewWord } from "./hebrew-letters";

/** The letter-normalized form of a scanned word, by its script (Latin and others are already lowercased). */
export function normalizeWord(word: string, script: Script): string {
  if (script === "arabic") return normalizeArabicWord(word);
  if (script === "hebrew") return normalizeHebrewWord(word);
  return word;
}
