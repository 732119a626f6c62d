import PorterStemmer from "natural/lib/natural/stemmers/porter_stemmer";

// Porter runs a dozen regular expressions per word; a corpus repeats a few thousand words, so
// each stem is computed once. The cache is bounded so that a stream of unique tokens cannot grow it.
const cache = new Map<string, string>();
const CACHE_LIMIT = 200_000;

// Irregular forms (most of them past) of verbs that customers use to tell what happened: Porter
// leaves "went", "gone" and "go" three terms apart, and a label would name one verb three times.
// Forms that are mostly another word ("left" the direction and remainder, "saw", "found" a company)
// are left alone, and so are function verbs (get, got), which the stopword list drops. ("getting"
// stays a word: dropping it too measured 0.001 NMI worse on ten 3,000-message English samples.)
const IRREGULAR_FORMS = new Map(
  Object.entries({
    // "goes" too: Porter makes it "goe", and a label read "go / goes / hours".
    go: "went gone goes",
    say: "said",
    come: "came",
    give: "gave given",
    take: "took taken",
    buy: "bought",
    send: "sent",
    pay: "paid",
    spend: "spent",
    make: "made",
    withdraw: "withdrew withdrawn",
    know: "knew known",
    steal: "stole stolen",
    lose: "lost",
    tell: "told",
    bring: "brought",
    keep: "kept",
    hold: "held",
    choose: "chose chosen",
    forget: "forgot forgotten",
    freeze: "froze frozen",
    sell: "sold",
    begin: "began begun",
    break: "broke broken",
    write: "wrote written",
    understand: "understood",
    think: "thought",
    see: "seen",
    // Regular, but Porter parts them: "tried" is "tri" beside "try", "added" is "ad" beside "add".
    try: "tried tries",
    add: "added adding",
  }).flatMap(([base, forms]) => forms.split(" ").map((form) => [form, base] as const)),
);

/** The Porter stem of a lowercased English word ("cards" → "card", "charged" → "charg", "went" → "go"). */
export function stemEnglish(word: string): string {
  let stem = cache.get(word);
  if (stem === undefined) {
    stem = PorterStemmer.stem(IRREGULAR_FORMS.get(word) ?? word);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, stem);
  }
  return stem;
}
