import type { AnalyzedToken } from "../text/analyze";
import { normalizeArabicWord, withoutPronoun, withoutVerbPrefix } from "../text/arabic";
import { isListedArabicWord } from "../text/arabic-lexicon";

/**
 * Cluster labels from class-based TF-IDF (as BERTopic's c-TF-IDF): a term weighs its frequency in
 * the cluster times log(1 + A / its frequency over all clusters), A the mean word count per
 * cluster, so that words common everywhere ("my", "card" in a banking inbox) do not name every
 * cluster. Words come from the text pipeline (stemmed terms, stopwords out); a term is shown in the
 * surface form people wrote most often.
 */

export interface TermCounter {
  /** Per cluster: normalized term → count. */
  counts: Array<Map<string, number>>;
  /** normalized term → surface form → count. */
  surfaces: Map<string, Map<string, number>>;
}

export function createTermCounter(k: number): TermCounter {
  return { counts: Array.from({ length: k }, () => new Map()), surfaces: new Map() };
}

/** Adds one document's analyzed words (stemmed term, surface form) to its cluster's counts. */
export function countTerms(counter: TermCounter, cluster: number, tokens: readonly AnalyzedToken[]): void {
  const counts = counter.counts[cluster];
  if (!counts) return;
  for (const { term, surface } of tokens) {
    if (term.length < 2 || term.startsWith("<") || /^\p{N}+$/u.test(term)) continue;
    counts.set(term, (counts.get(term) ?? 0) + 1);
    let forms = counter.surfaces.get(term);
    if (!forms) {
      forms = new Map();
      counter.surfaces.set(term, forms);
    }
    forms.set(surface, (forms.get(surface) ?? 0) + 1);
  }
}

/**
 * The form people wrote most often. Spellings that differ only in letters writers use
 * interchangeably (Arabic أسعار / اسعار, بطاقة / بطاقه) count together, and the group shows its fullest
 * spelling (hamza, ta marbuta) when at least a fifth of the group wrote it so: the label reads as
 * careful writing, not as whichever shortcut was more common. An Arabic word with a pronoun
 * (بطاقتي "my card", حسابك "your account") counts with its bare form when people also wrote that,
 * and the label shows the bare form: it names the thing, as the English label does with "card". A
 * word the dialect lexicon lists keeps its ending (مصاري "money", never مصار).
 */
function mostCommonSurface(
  forms: Map<string, number> | undefined,
  term: string,
  written: ReadonlySet<string>,
): string {
  const groups = new Map<string, { total: number; forms: Array<[string, number]> }>();
  for (const [form, count] of forms ?? []) {
    const key = normalizeArabicWord(form);
    const group = groups.get(key) ?? { total: 0, forms: [] };
    group.total += count;
    group.forms.push([form, count]);
    groups.set(key, group);
  }
  const isWritten = (w: string) => written.has(w);
  const withPronoun = [...groups.keys()].flatMap((key) => {
    if (isListedArabicWord(key)) return [];
    const bare = withoutPronoun(key, (w) => w !== key && groups.has(w), isWritten);
    return bare ? [[key, bare] as const] : [];
  });
  for (const [key, bare] of withPronoun) {
    const target = groups.get(bare);
    const group = groups.get(key);
    if (!target || !group) continue;
    target.total += group.total;
    groups.delete(key);
  }
  let best: { total: number; forms: Array<[string, number]> } | undefined;
  let bestKey = "";
  for (const [key, group] of groups) {
    if (!best || group.total > best.total || (group.total === best.total && key < bestKey)) {
      best = group;
      bestKey = key;
    }
  }
  if (!best) return term;
  const total = best.forms.reduce((sum, [, count]) => sum + count, 0);
  const common = best.forms.filter(([, count]) => count * 5 >= total);
  const candidates = common.length > 0 ? common : best.forms;
  candidates.sort(
    ([a, ac], [b, bc]) => specificLetters(b) - specificLetters(a) || bc - ac || (a < b ? -1 : a > b ? 1 : 0),
  );
  return (candidates[0] as [string, number])[0];
}

/** How many letters of a word letter normalization would change (hamza forms, ta marbuta, ...). */
function specificLetters(word: string): number {
  let n = 0;
  for (const c of word) if (normalizeArabicWord(c) !== c) n++;
  return n;
}

/** The top `limit` distinctive words of each cluster, as surface forms. */
export function clusterKeywords(counter: TermCounter, limit = 6): string[][] {
  const totals = new Map<string, number>();
  let words = 0;
  for (const counts of counter.counts) {
    for (const [term, c] of counts) {
      totals.set(term, (totals.get(term) ?? 0) + c);
      words += c;
    }
  }
  const average = words / Math.max(1, counter.counts.length);
  // Every word of the batch as letter normalization writes it: evidence for withoutPronoun.
  const written = new Set<string>();
  for (const forms of counter.surfaces.values())
    for (const form of forms.keys()) written.add(normalizeArabicWord(form));
  // A term's forms are counted over the whole batch, so its surface is the same in every cluster.
  const surfaces = new Map<string, string>();
  const surfaceOf = (term: string) => {
    let surface = surfaces.get(term);
    if (surface === undefined) {
      surface = mostCommonSurface(counter.surfaces.get(term), term, written);
      surfaces.set(term, surface);
    }
    return surface;
  };
  return counter.counts.map((counts) => {
    // A word seen once among many is as likely a slip as a topic; but a cluster in which no word
    // repeats (one long message, a few unlike ones) is still named by its words.
    const skipOnce = counts.size > limit && [...counts.values()].some((c) => c >= 2);
    const scored: Array<[string, number]> = [];
    for (const [term, c] of counts) {
      if (skipOnce && c < 2) continue;
      scored.push([term, c * Math.log(1 + average / (totals.get(term) ?? 1))]);
    }
    scored.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    // Two terms can share their most common form (a message analysed in another language leaves
    // "transaction" unstemmed beside "transact"): a label shows each word once.
    const shown: string[] = [];
    const seen = new Set<string>();
    for (const [term] of scored) {
      if (shown.length === limit) break;
      const surface = surfaceOf(term);
      const key = sameWordKey(surface);
      if (seen.has(key)) continue;
      seen.add(key);
      shown.push(surface);
    }
    return shown;
  });
}

/**
 * Words a label shows once: the same letters in either case, or one Arabic verb in another person
 * or tense (أستخدم, يستخدم, سيستخدم), which the stemmer keeps apart as features.
 */
function sameWordKey(surface: string): string {
  return withoutVerbPrefix(normalizeArabicWord(surface.toLowerCase()));
}

/** A short readable label: the top three keywords. */
export function labelFromKeywords(keywords: readonly string[]): string {
  return keywords.length ? keywords.slice(0, 3).join(" / ") : "(no words)";
}
