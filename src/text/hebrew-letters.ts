// Final letter forms (ך ם ן ף ץ) are spelling, not meaning: a word compares with its regular forms,
// so that a stem left after stripping a suffix, or a word typed without finals, still matches.
const FINAL_TO_REGULAR = new Map<number, number>([
  [0x5da, 0x5db], // ך → כ
  [0x5dd, 0x5de], // ם → מ
  [0x5df, 0x5e0], // ן → נ
  [0x5e3, 0x5e4], // ף → פ
  [0x5e5, 0x5e6], // ץ → צ
]);

// Without niqqud, writers mark a consonantal yod or vav by doubling it, or don't: אפליקצייה and
// אפליקציה, בעייה and בעיה, הלוואה and הלואה are one word each. One letter of the two is the
// spelling that compares. (The one pair of different words this joins in the lexicon is שניים "two"
// and שנים "years".)
const DOUBLED_YOD_OR_VAV = /יי|וו/g;

/**
 * One Hebrew word (niqqud already removed by the scanner) with final letters made regular and a
 * doubled yod or vav written once.
 */
export function normalizeHebrewWord(word: string): string {
  let out = "";
  let changed = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const regular = FINAL_TO_REGULAR.get(c);
    if (regular !== undefined) changed = true;
    out += String.fromCharCode(regular ?? c);
  }
  const regular = changed ? out : word;
  return regular.includes("יי") || regular.includes("וו")
    ? regular.replace(DOUBLED_YOD_OR_VAV, (pair) => pair.charAt(0))
    : regular;
}

const REGULAR_TO_FINAL = new Map<number, number>([...FINAL_TO_REGULAR].map(([f, r]) => [r, f]));

/** The written form of a normalized word: its last letter in final form, as a person types it. */
export function withFinalLetter(word: string): string {
  const last = word.charCodeAt(word.length - 1);
  const final = REGULAR_TO_FINAL.get(last);
  return final === undefined || word.length < 2 ? word : word.slice(0, -1) + String.fromCharCode(final);
}
