import type { CorpusStats } from "./corpus-stats";

/**
 * Spelling variants that Arabic writers use interchangeably, mapped to one letter: hamzated and
 * wasla alefs to bare alef, ta marbuta to ha, alef maqsura to ya, hamza seats to their letter, and
 * the Persian kaf and ya that Persian keyboards type. Marks and tatweel are already gone (scanner).
 */
const LETTER_MAP = new Map<number, number>([
  [0x623, 0x627], // أ
  [0x625, 0x627], // إ
  [0x622, 0x627], // آ
  [0x671, 0x627], // ٱ
  [0x672, 0x627],
  [0x673, 0x627],
  [0x629, 0x647], // ة → ه
  [0x649, 0x64a], // ى → ي
  [0x624, 0x648], // ؤ → و
  [0x626, 0x64a], // ئ → ي
  [0x6cc, 0x64a], // ی → ي
  [0x6a9, 0x643], // ک → ك
]);

/** Letter normalization of one Arabic word (no marks): the form every later step compares. */
export function normalizeArabicWord(word: string): string {
  let changed = false;
  for (let i = 0; i < word.length; i++) {
    if (LETTER_MAP.has(word.charCodeAt(i))) {
      changed = true;
      break;
    }
  }
  if (!changed) return word;
  let out = "";
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    out += String.fromCharCode(LETTER_MAP.get(c) ?? c);
  }
  return out;
}

// The definite article with the particles that fuse with it, longest first (normalized letters);
// هال is the Levantine demonstrative ("this"): هالوقت, هالبطاقة.
const ARTICLES = ["وبال", "وال", "فال", "بال", "كال", "ولل", "فلل", "هال", "لل", "ال"];
// Single-letter proclitics: conjunctions و ف, prepositions ب ل ك. Stripped only on evidence (below).
const PROCLITICS = "وفبلك";
// Pronoun suffixes, then number/gender and verb-ending suffixes; longest first in each group.
const PRONOUN_SUFFIXES = ["كما", "هما", "كم", "كن", "هم", "هن", "ها", "نا", "ني", "ه", "ي", "ك"];
// و is وا as dialect writers spell it (خصمو); ا is the accusative alef of adverbs (جيدا, فورا).
const INFLECTION_SUFFIXES = ["ات", "ون", "ين", "ان", "وا", "ه", "ت", "و", "ا"];
// Levantine object suffixes after a verb's ت: بعتلي, رجعتلنا, حكيتلهم ("sent me", ...).
const DIALECT_OBJECT = /ت(?:لي|لك|له|لها|لنا|لهم|لكم)$/;
const MIN_STEM = 3;

export interface ArabicStem {
  /** The stem the clustering compares. */
  stem: string;
  /** How many leading characters of the word were proclitics (for the surface form). */
  prefixLength: number;
}

/**
 * A light stemmer in the spirit of Larkey's light10, adjusted for Palestinian and MSA banking text:
 * articles are always stripped; a bare conjunction or preposition (و ف ب ل ك) only when the rest
 * occurs on its own in the corpus and the word itself is not written with the article there
 * (الفلوس: فلوس is not ف + لوس), or, in a batch too small for evidence, is an everyday word of
 * feedback (so وصلت, بطاقة and كتير keep their first letter while فبطاقتي meets بطاقتي in a single
 * message); suffixes only while at least three letters remain. The ta marbuta that becomes ت
 * before a suffix (بطاقتي) meets its base through the ت rule. `isStopword` lets ولكن reach its
 * function word.
 */
export function stemArabic(
  word: string,
  corpus?: CorpusStats,
  isStopword?: (w: string) => boolean,
): ArabicStem {
  let w = word;
  let prefixLength = 0;
  const article = ARTICLES.find(
    (a) => w.startsWith(a) && w.length - a.length >= 2 && !PRONOUN_AFTER_YA.test(w.slice(a.length)),
  );
  if (article) {
    // والغاء is و + الغاء: only the particles before a word-initial ال come off.
    const fromAl = w.slice(article.length - 2);
    prefixLength = article.endsWith("ال") && startsWithOwnAl(fromAl) ? article.length - 2 : article.length;
    w = w.slice(prefixLength);
  } else if (w.length > 2 && PROCLITICS.includes(w.charAt(0)) && !takesArticle(w, corpus)) {
    const rest = w.slice(1);
    // ولكن is و + لكن even where لكن alone is rare, and وما, فما, ومع, وعن are function words too,
    // however short. (Imperfect-verb prefixes ي ت ن ا stripped on the same evidence measured worse
    // on ArBanking77: 0.491 against 0.502 NMI, word k-means.)
    if (isStopword?.(rest) || (rest.length >= MIN_STEM && restIsAWord(rest, w, corpus))) {
      w = rest;
      prefixLength = 1;
    }
  }
  return { stem: stripSuffixes(withoutNegation(w, corpus)), prefixLength };
}

// The pronouns that إلى "to" takes (إليه, إليها, إلينا, ...), after its ي.
const TO_PRONOUN = "(?:ه|ها|هم|هن|نا|ك|كم|كن)";
// What is left of إليه "to him", إلينا "to us" (and of آلية "mechanism") after their first two
// letters: a pronoun after ي, no word that the article could precede.
const PRONOUN_AFTER_YA = new RegExp(`^ي${TO_PRONOUN}$`);
// إلى "to" and its forms with a pronoun, normalized: also the letters of آلي "automatic" (الصراف
// الآلي, the ATM) and آلية "mechanism".
const TO_FORMS = new RegExp(`^الي${TO_PRONOUN}?$`);

/**
 * Whether `rest`, a word without its proclitics (`prefix`) whose normalized letters are those of إلى
 * "to" or one of its pronoun forms, maybe behind the article, is آلي or آلية instead: the particle
 * never follows the article and is never written with the madda (`written`, the same letters before
 * normalization). With the article and the madda the word is not الألى "those" either, which the
 * MSA stopword list holds.
 */
export function isNotParticleTo(rest: string, written: string, prefix: string): boolean {
  const withArticle = written.startsWith("الآ");
  const bare = withArticle ? rest.slice(2) : rest;
  return TO_FORMS.test(bare) && (withArticle || written.startsWith("آ") || prefix.endsWith("ال"));
}

/**
 * Batch evidence that a word's first letter is its own: the word is also written with the article,
 * which no conjunction or preposition follows. فعلية "actual" (الفعلية) is not ف + عليه "so on him",
 * nor فلوس "money" (الفلوس) ف + لوس.
 */
function takesArticle(word: string, corpus: CorpusStats | undefined): boolean {
  return corpus !== undefined && corpus.count(`ال${word}`) > 0;
}

// Words whose final ش is their own: بلّش "start" (whose rest would be أبل, Apple), مدهش "amazing"
// (مدة "duration"), نقاش "discussion".
const OWN_SH = new Set(["بلش", "ابلش", "ببلش", "مدهش", "نقاش"]);

/**
 * Levantine and Egyptian negation closes a verb with ش, often with ما glued before it: بتشتغلش
 * "it doesn't work", ماوصلتش "it didn't arrive". The verb comes off them where the batch shows it on
 * its own (the evidence proclitics need), so that the complaint meets its topic either way.
 */
function withoutNegation(word: string, corpus: CorpusStats | undefined): string {
  if (!corpus || !word.endsWith("ش") || OWN_SH.has(word)) return word;
  const inCircumfix = word.startsWith("ما") ? word.slice(2, -1) : "";
  if (inCircumfix.length >= MIN_STEM && occursOnItsOwn(inCircumfix, word, corpus)) return inCircumfix;
  const rest = word.slice(0, -1);
  return rest.length >= MIN_STEM && occursOnItsOwn(rest, word, corpus) ? rest : word;
}

// Everyday words of customer feedback, as people write them. In a batch too small to give corpus
// evidence (a single message, a few dozen), a proclitic before one of them comes off without it
// (فبطاقتي, لحسابي, وطلبي); a word that is itself one of them keeps its first letter (بطاقة is not
// ب + طاقة). In larger batches the evidence decides alone: the list there measured 0.005 NMI worse
// (ten 3,000-message Arabic samples).
const SMALL_CORPUS = 1000;
const COMMON_WORDS =
  "بطاقة حساب مال رصيد تحويل حوالة دفع سحب إيداع صراف رسوم عمولة سعر خدمة تطبيق موقع هاتف رقم رمز " +
  "كلمة طلب شحن توصيل منتج طرد فاتورة اشتراك إلغاء استرداد مشكلة خطأ عطل موظف دعم مصرف بنك قرض " +
  "تسجيل دخول تحديث هوية معاملة عملية مبلغ خصم جهاز شاشة رسالة بريد إشعار حجز موعد تأخير جودة عرض " +
  "شكوى اتصال شركة متجر كرت مصاري فلوس جوال موبايل";
/** Whether what follows a one-letter proclitic is a word by itself, on the evidence there is. */
function restIsAWord(rest: string, word: string, corpus: CorpusStats | undefined): boolean {
  if (corpus && occursOnItsOwn(rest, word, corpus)) return true;
  return (
    (!corpus || corpus.size < SMALL_CORPUS) &&
    isCommonStem(stripSuffixes(rest)) &&
    !isCommonStem(stripSuffixes(word))
  );
}

let commonStems: ReadonlySet<string> | undefined;
function isCommonStem(stem: string): boolean {
  commonStems ??= new Set(COMMON_WORDS.split(" ").map((word) => stripSuffixes(normalizeArabicWord(word))));
  return commonStems.has(stem);
}

// The imperfect prefixes of a verb (I, you/she, he, we: ا ت ي ن after letter normalization) and the
// future's س before them, where at least three letters follow.
const VERB_PREFIX = /^س?[اتين](?=[\u0621-\u064a]{3,}$)/u;

/**
 * A normalized word without its imperfect or future prefix: أستخدم, يستخدم and سيستخدم meet. For
 * telling words apart in a label only: as a stemming step it measured worse (stemArabic's note).
 */
export function withoutVerbPrefix(word: string): string {
  return word.replace(VERB_PREFIX, "");
}

/**
 * A normalized word without its possessive or object pronoun, when `isForm` knows what is left:
 * بطاقتي "my card" → بطاقه (its ت back to the ta marbuta), حسابك "your account" → حساب. For labels,
 * which should name the thing, not whose it is; undefined when no shorter form is known.
 * A final ي is also the ending of adjectives (شخصي "personal", بنكي "bank"), which have a feminine in
 * ية: with the feminine `seen` in the batch, the ي stays. A final ه after anything but ت is left
 * alone: people write the ta marbuta as ه (عمليه), and "his" is rare in feedback.
 */
export function withoutPronoun(
  word: string,
  isForm: (w: string) => boolean,
  seen: (w: string) => boolean,
): string | undefined {
  for (const suffix of PRONOUN_SUFFIXES) {
    if (!word.endsWith(suffix) || word.length - suffix.length < 2) continue;
    const rest = word.slice(0, -suffix.length);
    const noun = rest.endsWith("ت") ? `${rest.slice(0, -1)}ه` : undefined;
    if (noun && isForm(noun)) return noun;
    if (suffix === "ه" || !isForm(rest)) continue;
    if (suffix === "ي" && seen(`${word}ه`)) continue;
    return rest;
  }
  return undefined;
}

// Prepositions and particles whose letters are also a verb's: حول "about" and حوّل "transfer", غير
// "other" and غيّر "change", قبل "before" and قبِل "accept", بين "between" and بيّن "show", دون
// "without" and دوّن "write down". With a subject ending of the past (حولت "I transferred", غيرتو
// "you changed") only the verb can be meant.
const PARTICLE_VERBS = new Set(["حول", "غير", "قبل", "بين", "دون"]);
// After the particle's letters: a past subject ending (ت, تي, تو, تم, ...), then maybe an object
// pronoun, with the dialect's ل before it (حولتها "I transferred it", حولتلي "you transferred me").
const PAST_ENDING = /^ت(?:ي|و|م|ن|وا)?(?:ل?(?:ي|ك|ه|ها|نا|هم|كم|ني))?$/;

/** Whether `stem`, a function word, is a verb in `word` (the word without its proclitics). */
export function isVerbOfParticle(word: string, stem: string): boolean {
  return PARTICLE_VERBS.has(stem) && word.startsWith(stem) && PAST_ENDING.test(word.slice(stem.length));
}

// Words whose ال is their own (إلغاء "cancellation", once its hamza is normalized away, إلكتروني,
// التزام): stripping it would leave a fragment that no other spelling of the word reaches.
const OWN_AL = ["الغا", "الكترون", "التزام", "الله"];
// The verbs ألغى "cancel" and ألقى "find" written without hamza (الغيت, الغي, القى), and the dialect's
// التغى "was cancelled" (and التقى "met"): the rest after ال would be غيت, غي, قي, تغي. Only their past
// and first-person forms with the endings people write (ألغوا "they cancelled", ألغيه "cancel it",
// ألغاه "he cancelled it" were غوا, غيه, غاه), so that الغير "others", القيمة "the value",
// التغيير "the change" and التقييم "the rating" still lose their article. (Bringing all their forms to
// one stem as well measured 0.003 NMI worse over ten 3,000-message Arabic samples; this alone, neutral.)
const OWN_AL_VERB = /^الت?[غق](?:ي(?:ت|تو|تم|تي|ته|تها|تهم|نا|ناه|ناها|ه|ها)?|وا|و|اه|اها)$/;
function startsWithOwnAl(word: string): boolean {
  return OWN_AL.some((own) => word.startsWith(own)) || OWN_AL_VERB.test(word);
}

function stripSuffixes(word: string): string {
  let w = word;
  const object = DIALECT_OBJECT.exec(w);
  if (object && object.index >= 2) w = w.slice(0, object.index + 1);
  const pronoun = PRONOUN_SUFFIXES.find((s) => w.endsWith(s) && w.length - s.length >= MIN_STEM);
  if (pronoun) w = w.slice(0, -pronoun.length);
  const inflection = INFLECTION_SUFFIXES.find((s) => w.endsWith(s) && w.length - s.length >= MIN_STEM);
  if (inflection) w = w.slice(0, -inflection.length);
  return w;
}

/**
 * Corpus evidence that a first letter is a proclitic: the rest is itself a word of the corpus, not
 * much rarer than the prefixed form (a word like بطاقة is far more common than طاقة).
 */
export function occursOnItsOwn(rest: string, word: string, corpus: CorpusStats): boolean {
  const restCount = corpus.count(rest);
  return restCount >= 2 && restCount * 10 >= corpus.count(word);
}
