import stopwordsIso from "stopwords-iso/stopwords-iso.json" with { type: "json" };
import { normalizeWord } from "./normalize-word";
import { scanTokens } from "./tokenize";

// English: function words only, and the words of thanks and assent ("thank you so much", "great,
// perfect", "much appreciated"): a message of nothing else says no pain point, and thousands of
// them made one ("much / great / appreciated"). stopwords-iso's English list (1,298 words)
// removes what complaints are about ("top up", "card not working", "problem", "order", "amount",
// "free", "abroad"). "ups" is the particle's plural in "top ups", "sign ups", "follow ups", and goes
// with it; the courier UPS goes too (scanning lowercases before it could tell them apart). As a
// word, it moved one message of 13 to the wrong pain point between runs in the cluster-job test on
// banking messages.
const ENGLISH = `a about above after again against all am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has have
having he her here hers herself him himself his how i if in into is it its itself just me more most my myself
no nor not now of off on once only or other our ours ourselves out over own same she should so some such than
that the their theirs them themselves then there these they this those through to too under until up very was
we were what when where which while who whom why will with would you your yours yourself yourselves
s t d ll m re ve y don didn doesn isn aren wasn weren hasn haven hadn won wouldn shouldn couldn can cannot
cant dont didnt doesnt isnt wasnt hasnt havent wont im ive id youre thats whats theres u ur pls please plz
hi hello hey thanks thank thx ok okay also still just really yet already even get got us let lets may might
must shall ups gotten
much lot great awesome perfect cheers appreciate appreciated`;

// Palestinian and Levantine function words and fillers that the MSA list lacks, and words of thanks
// and assent (شكرا جزيلا, تمام, مشكور, يعطيك العافية).
const ARABIC_DIALECT = `بدي بدك بدنا بدهم بده بدها شو ليش هيك كيف كيفك وين امتى ايمتى قديش اديش هاد هادا هادي هاي
هدول هذول هاذا عشان علشان منشان مشان لانه لانو انو انه اللي يلي الي اشي شي لسا لسه لسة هلق هلا هسا هسه
كمان برضو برضه بس يعني طيب مش مو منيح كتير كثير عندي عندك عنا عنده عندها ممكن لو سمحت مرحبا شكرا
فيه فيها فيش ماشي اذا لما ازاي يا هل ان انا انت احنا نحن هو هي هم في على من الى عن مع ايش ايه
تبع تاع بقدر بتقدر بقدرش بنقدر رح راح لقد قمت قام كنت يجب يتم يمكن يمكنني يمكنك بامكاني بامكانك
مني منك منه شيء انني انك انها لكنني لكني لكنه لكنها عني عنك عنه عنها عنا عنهم علي عليك عليه عليها علينا
عليهم لي لك له لها لنا لهم لكم بي بك به بها بنا بهم معي معك معه معها معنا معهم فيني فيك
اليه اليها اليك اليكم الينا اليهم عم ليه ال لازم افعل نفعل مكانش ماكانش كانش
تمام جزيلا مشكور مشكورين يعطيك العافية ممتاز`;

// Hebrew additions: everyday function words and fillers missing from stopwords-iso's list, and
// words of thanks and assent (תודה רבה, סבבה, מעולה).
const HEBREW_EXTRA = `כמה זו זאת אז יש אין גם עוד כבר רק מאוד ממש אבל כי אם או לא כן היה היתה הייתה הייתי היו
להיות אני אתה את אנחנו הוא היא הם הן שלי שלך שלו שלה שלנו שלכם שלהם לי לך לו לה לנו לכם להם אותי אותך אותו
אותה אותנו אותם עם על אל של זה זאת אלה אלו מה מי איך למה מתי איפה היכן עדיין פה שם כאן בבקשה תודה רבה
היי הי אוקי בסדר אפשר צריך צריכה רוצה רציתי יכול יכולה ככה כך בגלל בשביל אחרי לפני כל כלום שום כמו גם
אוקיי סבבה אחלה מעולה מצוין`;

// Chinese possessives, which the Chinese list has only in parts (我, 的): 我的卡 is "my card".
const CHINESE_EXTRA = "我的 你的 您的 他的 她的 它的 我们的 你们的 他们的";

// Thai pronouns and polite particles that close most sentences (ผม ... ครับ, ฉัน ... ค่ะ), missing from
// the Thai list; and รับ ("receive"), which it has, stays a word: ยังไม่ได้รับ is "not received yet".
const THAI_EXTRA = "ผม ฉัน ดิฉัน หนู คุณ ครับ ค่ะ คะ นะ จ้ะ จ้า";
const THAI_KEEP = ["รับ"];

// Words of the Arabic list that carry the topic of a complaint in this domain; kept as content.
export const ARABIC_KEEP = new Set([
  "عدم",
  "قوة",
  "سنة",
  "سنوات",
  "عام",
  "يوم",
  "اليوم",
  "ايام",
  "صفر",
  "مليون",
  "مليار",
  "اعادة",
  "صباح",
  "مساء",
  "عدد",
  "اول",
  "الاول",
  "الاولى",
  "الماضي",
  "المقبل",
  "الوقت",
  "الف",
  "ثلاثة",
  "اربعة",
  "عشرة",
  "عشر",
  "واحد",
  "شبه",
  "نهاية",
  "بشكل",
  "باسم",
  "اطار",
  "ايار",
  "مايو",
  "حاليا",
  "الان",
  "زيارة",
  // Verbs the list holds as auxiliaries ("went back to", "stopped to"), which in a complaint are
  // the complaint: رجعتلي الدفعة "did you return my payment", وقفت البطاقة, علقت البطاقة في الصراف.
  // Ten 3,000-message Arabic samples: 0.6060 → 0.6074 and 0.6075 → 0.6071 under two seeds (neutral).
  "رجع",
  "وقف",
  "علق",
  // كلم "spoke", whose stem كلمة "word" shares: كلمة السر / كلمة المرور is the password. Same samples:
  // 0.6122 → 0.6140 and 0.6145 → 0.6140 (neutral).
  "كلم",
]);

function normalizedSet(words: Iterable<string>, keep?: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    for (const token of scanTokens(w)) {
      if (token.kind !== "word") continue;
      const word = normalizeWord(token.text, token.script);
      if (!keep?.has(word)) out.add(word);
    }
  }
  return out;
}

const lists = stopwordsIso as Record<string, string[]>;
const cache = new Map<string, ReadonlySet<string>>();

/** The stopwords of a language, normalized the way the pipeline normalizes words before stemming. */
export function stopwordsFor(lang: string): ReadonlySet<string> {
  let set = cache.get(lang);
  if (set) return set;
  if (lang === "en") set = normalizedSet(ENGLISH.split(/\s+/));
  else if (lang === "ar")
    set = normalizedSet([...(lists.ar ?? []), ...ARABIC_DIALECT.split(/\s+/)], normalizedSet(ARABIC_KEEP));
  else if (lang === "he") set = normalizedSet([...(lists.he ?? []), ...HEBREW_EXTRA.split(/\s+/)]);
  else if (lang === "zh") set = normalizedSet([...(lists.zh ?? []), ...CHINESE_EXTRA.split(" ")]);
  else if (lang === "th")
    set = normalizedSet([...(lists.th ?? []), ...THAI_EXTRA.split(" ")], normalizedSet(THAI_KEEP));
  else set = normalizedSet(lists[lang] ?? []);
  cache.set(lang, set);
  return set;
}
