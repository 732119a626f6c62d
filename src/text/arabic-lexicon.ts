import { normalizeArabicWord, stemArabic } from "./arabic";
import { isPersianOrUrdu } from "./detect-language";

/**
 * Words that a light stemmer cannot bring together because they share no stem: the everyday
 * dialect words customers write for what MSA says with another root (Levantine مصاري, Egyptian
 * and Gulf فلوس for أموال; كرت for بطاقة), the dialect spellings of MSA words (كتير for كثير, اخد for
 * أخذ), and common broken plurals (أسعار → سعر, مبالغ → مبلغ). Each maps to the MSA word whose stem
 * the rest of the pipeline compares, so "my money didn't arrive" meets itself in either register.
 * Only content words belong here; dialect function words are stopwords (stopwords.ts).
 */
const DIALECT_TO_MSA: Record<string, string> = {
  // money, card, phone, account
  مصاري: "مال",
  مصريات: "مال",
  فلوس: "مال",
  أموال: "مال",
  كرت: "بطاقة",
  كارت: "بطاقة",
  كرتي: "بطاقة",
  جوال: "هاتف",
  موبايل: "هاتف",
  تلفون: "هاتف",
  تليفون: "هاتف",
  // works, wrong, happened, appears
  زبط: "يعمل",
  بزبط: "يعمل",
  بيزبط: "يعمل",
  زابط: "يعمل",
  بيشتغل: "يعمل",
  بتشتغل: "يعمل",
  يشتغل: "يعمل",
  شغال: "يعمل",
  غلط: "خطأ",
  صار: "حدث",
  بصير: "يحدث",
  بيصير: "يحدث",
  يصير: "يحدث",
  مبين: "يبدو",
  مبينة: "يبدو",
  // took, sent, lost, stolen, deducted, refused, put
  اخد: "أخذ",
  اخدت: "أخذت",
  اوخذ: "آخذ",
  اوخد: "آخذ",
  باخد: "آخذ",
  بعت: "أرسل",
  بعتت: "أرسلت",
  ابعت: "أرسل",
  بعتلي: "أرسل",
  بعتولي: "أرسل",
  ضيعت: "فقدت",
  ضاعت: "فقدت",
  انسرق: "سرق",
  انسرقت: "سرقت",
  انخصم: "خصم",
  انخصمت: "خصم",
  انرفض: "رفض",
  انرفضت: "رفض",
  حطيت: "وضعت",
  // found, saw, stopped, broken, closed, removed, topped up
  لقيت: "وجد",
  لاقي: "وجد",
  بلاقي: "وجد",
  القى: "وجد",
  شفت: "رأى",
  بشوف: "رأى",
  شايف: "رأى",
  شايفة: "رأى",
  شايفين: "رأى",
  اشوف: "رأى",
  بطلت: "توقف",
  بطل: "توقف",
  خربان: "معطل",
  خربانة: "معطل",
  خربت: "معطل",
  سكرت: "أغلق",
  مسكر: "مغلق",
  مسكرة: "مغلق",
  سكرولي: "أغلق",
  اشيل: "أزيل",
  شلت: "أزيل",
  تعباية: "تعبئة",
  عبيت: "تعبئة",
  اعبي: "تعبئة",
  بعبي: "تعبئة",
  // spellings that follow the spoken ث → ت, ذ → د
  كتير: "كثير",
  اكتر: "أكثر",
  تاني: "ثاني",
  تانية: "ثانية",
  تلات: "ثلاث",
  // time and place words that carry meaning (outside, morning)
  برا: "خارج",
  الصبح: "الصباح",
  // broken plurals of the words complaints are made of
  أسعار: "سعر",
  رسوم: "رسم",
  مبالغ: "مبلغ",
  أيام: "يوم",
  أسابيع: "أسبوع",
  أشهر: "شهر",
  شهور: "شهر",
  دول: "دولة",
  بلاد: "بلد",
  بلدان: "بلد",
  تفاصيل: "تفصيل",
  أجهزة: "جهاز",
  أرقام: "رقم",
  طرق: "طريقة",
  مصادر: "مصدر",
  وثائق: "وثيقة",
  أوراق: "ورقة",
  عملاء: "عميل",
  أسئلة: "سؤال",
  مشاكل: "مشكلة",
  شروط: "شرط",
  حدود: "حد",
  قيود: "قيد",
  بنوك: "بنك",
  مصارف: "مصرف",
  فروع: "فرع",
  أخطاء: "خطأ",
  أشخاص: "شخص",
  عناوين: "عنوان",
  أسماء: "اسم",
  ضرائب: "ضريبة",
  فواتير: "فاتورة",
  أماكن: "مكان",
  دقائق: "دقيقة",
  أوقات: "وقت",
  أنواع: "نوع",
  أسباب: "سبب",
};

interface Lexicon {
  /** Normalized dialect words, and their light stems, to the stem of their MSA word. */
  toMsa: Map<string, string>;
  /** The normalized words alone, as written (not their stems). */
  words: Set<string>;
}

let built: Lexicon | undefined;

function lexicon(): Lexicon {
  if (!built) {
    const toMsa = new Map<string, string>();
    const words = new Set<string>();
    for (const [word, msa] of Object.entries(DIALECT_TO_MSA)) {
      const target = stemArabic(normalizeArabicWord(msa)).stem;
      const key = normalizeArabicWord(word);
      words.add(key);
      toMsa.set(key, target);
      const stem = stemArabic(key).stem;
      if (!toMsa.has(stem)) toMsa.set(stem, target);
    }
    built = { toMsa, words };
  }
  return built;
}

/**
 * Whether a normalized word is one of the lexicon's words as written (not one of their stems): its
 * last letters are its own, so a final ي is no pronoun (مصاري "money" is not مصار + "my").
 */
export function isListedArabicWord(word: string): boolean {
  return lexicon().words.has(word);
}

/**
 * The MSA stem of a dialect word or broken plural (normalized letters, clitics off), if listed.
 * Arabic only: in Persian or Urdu text (`lang`) the lexicon does not fit (Persian کار is "work", not
 * the dialect's card).
 */
export function msaStem(word: string, stem: string, lang?: string): string | undefined {
  if (isPersianOrUrdu(lang)) return undefined;
  const { toMsa } = lexicon();
  return toMsa.get(word) ?? toMsa.get(stem);
}
