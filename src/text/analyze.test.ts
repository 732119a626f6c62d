import { describe, expect, it } from "vitest";
import {
  analyzeCorpus,
  analyzeText,
  analyzeTexts,
  buildCorpusStats,
  normalizeForFeatures,
  tokenTerms,
} from "./analyze";
import { stopwordsFor } from "./stopwords";

describe("English", () => {
  it("stems with Porter and drops function words, keeping what the complaint is about", () => {
    expect(tokenTerms("I am still waiting on my cards, they haven't arrived")).toEqual([
      "wait",
      "card",
      "arriv",
    ]);
    expect(tokenTerms("Why was I charged twice for the top-up?")).toEqual(["charg", "twice", "topup"]);
    expect(tokenTerms("My card is not working abroad")).toEqual(["card", "work", "abroad"]);
  });

  it("brings a verb's irregular past forms to its term, and top ups to top up", () => {
    expect(tokenTerms("The money went missing and now it is gone, where does it go")).toEqual(
      tokenTerms("The money go missing and now it is go, where does it go"),
    );
    expect(tokenTerms("I withdrew cash but the ATM gave me less").slice(0, 1)).toEqual(
      tokenTerms("withdraw"),
    );
    expect(tokenTerms("My top ups failed")).toEqual(tokenTerms("My top up failed"));
    expect(tokenTerms("it goes, the app said")).toEqual(tokenTerms("it go, the app say"));
  });

  it("meets 'tried' with 'try' and 'added' with 'add', which Porter parts", () => {
    expect(tokenTerms("I tried and added money")).toEqual(tokenTerms("I try and add money"));
    expect(tokenTerms("trying tries adding")).toEqual(tokenTerms("try try add"));
  });

  it("makes one word of a verb and its particle however it is written: top up, top-up, topup", () => {
    const topUp = tokenTerms("top up");
    expect(topUp).toHaveLength(1);
    for (const text of ["top-up", "topup", "topped up", "topping up", "top-ups", "topups"]) {
      expect(tokenTerms(text)).toEqual(topUp);
    }
    expect(tokenTerms("I can't log in")).toEqual(tokenTerms("login"));
    expect(tokenTerms("set up a transfer")).toEqual([...tokenTerms("setup"), ...tokenTerms("transfer")]);
    // Labels show the words as written, both of them.
    expect(analyzeText("my top up failed").tokens[0]?.surface).toBe("top up");
    // Pairs that are often something else stay apart: "check in the app", "add on my card".
    expect(tokenTerms("check in the app")).toEqual([...tokenTerms("check"), ...tokenTerms("app")]);
    // The top of something is still "top", and a Latin word in Arabic text is read as English.
    expect(tokenTerms("the top of the page")).toEqual(["top", "page"]);
    expect(tokenTerms("عملت top up ما نجح", { lang: "ar" })).toContain(topUp[0]);
  });

  it("keeps the acronyms ID and US, which lowercased are function words, unless the whole text shouts", () => {
    expect(tokenTerms("I lost my ID card")).toEqual(["lose", "ID", "card"]);
    expect(tokenTerms("Do you ship cards to the US?")).toEqual(["ship", "card", "US"]);
    expect(tokenTerms("send us my id")).toEqual(["send"]);
    expect(tokenTerms("HELP US, MY CARD IS GONE")).toEqual(tokenTerms("help us, my card is gone"));
  });

  it("keeps the written word beside each stem", () => {
    expect(analyzeText("Cancelled transfers", { lang: "en" }).tokens).toEqual([
      { term: "cancel", surface: "cancelled" },
      { term: "transfer", surface: "transfers" },
    ]);
  });

  it("maps links, emails and handles to placeholders and drops numbers and emoji", () => {
    expect(
      tokenTerms("Refund 25 EUR 😡 see https://x.example/a or write to help@bank.example @support"),
    ).toEqual(["refund", "eur", "see", "<url>", "write", "<email>", "<user>"]);
  });
});

describe("Arabic", () => {
  it("normalizes, strips diacritics and clitics, and stems so spellings meet", () => {
    const a = tokenTerms("لم تصل بطاقتي بعد", { lang: "ar" });
    const b = tokenTerms("البطاقة لم تَصِلْ", { lang: "ar" });
    expect(a).toContain("بطاق");
    expect(b).toContain("بطاق");
    expect(tokenTerms("أريد إلغاء التحويلات", { lang: "ar" })).toEqual(["اريد", "الغاء", "تحويل"]);
  });

  it("drops Palestinian dialect function words as well as MSA ones", () => {
    expect(tokenTerms("بدي اعرف شو صار بالتحويل تبعي ليش لسا ما وصل هيك", { lang: "ar" })).toEqual([
      "اعرف",
      "تحويل",
      "وصل",
    ]);
    for (const w of ["بدي", "شو", "ليش", "هيك", "كيف"]) expect(stopwordsFor("ar").has(w)).toBe(true);
    // The progressive عم, and إلى with a pronoun, which read as article + يه without the list.
    expect(tokenTerms("عم بستنى البطاقة", { lang: "ar" })).not.toContain("عم");
    expect(tokenTerms("لا يمكنني الوصول إليه", { lang: "ar" })).toEqual(["وصول"]);
    // An article written apart, before a number: "ال 1 يورو".
    expect(tokenTerms("شو هاي ال 1 يورو", { lang: "ar" })).toEqual(tokenTerms("يورو", { lang: "ar" }));
    // "What must I do", "what do we do": the question's frame, not its topic (it named a cluster
    // of card-delivery questions 'بطاقتي / أفعل / أستلم').
    expect(tokenTerms("ماذا أفعل لازم نفعل شي", { lang: "ar" })).toEqual([]);
    // A function word behind a conjunction or preposition, however short: "and what", "and with".
    expect(tokenTerms("وما فما ومع وعن ولن", { lang: "ar" })).toEqual([]);
    expect(tokenTerms("وقت بنك لون فتح", { lang: "ar" })).toHaveLength(4);
  });

  it("drops the dialect's negated 'was' (مكانش) rather than reading it as مكان, place", () => {
    const texts = ["مكانش في مصاري بالحساب", "المكان بعيد", "مكان الصراف", "مكان الفرع"];
    expect(analyzeCorpus(texts, { lang: "ar" })[0]).toEqual(analyzeCorpus(["مصاري حساب"], { lang: "ar" })[0]);
  });

  it("keeps the verbs of a complaint that the MSA stopword list holds: returned, stopped, got stuck", () => {
    expect(tokenTerms("رجعتلي الدفعة", { lang: "ar" })).toContain(tokenTerms("رجع", { lang: "ar" })[0]);
    expect(tokenTerms("وقفت البطاقة", { lang: "ar" })).toHaveLength(2);
    expect(tokenTerms("علقت البطاقة في الصراف", { lang: "ar" })).toHaveLength(3);
  });

  it("keeps كلمة 'word', whose stem the MSA stopword list holds: كلمة السر is the password", () => {
    expect(tokenTerms("نسيت كلمة السر", { lang: "ar" })).toHaveLength(3);
    expect(tokenTerms("كلمة المرور", { lang: "ar" })[0]).toBe(tokenTerms("كلمتي", { lang: "ar" })[0]);
  });

  it("reads a particle's letters with a past ending as the verb: transferred, changed, accepted", () => {
    expect(tokenTerms("حولت المبلغ امبارح", { lang: "ar" })).toEqual(["حول", "مبلغ", "امبارح"]);
    expect(tokenTerms("غيرت كلمة السر", { lang: "ar" })[0]).toBe("غير");
    expect(tokenTerms("حولتلي المصاري", { lang: "ar" })[0]).toBe("حول");
    expect(tokenTerms("قبلت طلبي", { lang: "ar" })[0]).toBe("قبل");
    // The particles themselves, and an auxiliary with the same ending, stay function words.
    expect(tokenTerms("سؤال حول الرسوم قبل يومين غير مقبول", { lang: "ar" })).toEqual([
      "سوال",
      "رسم",
      "يوم",
      "مقبول",
    ]);
    expect(tokenTerms("كانت المشكلة", { lang: "ar" })).toEqual(["مشكل"]);
  });

  it("keeps آلي 'automatic' of the ATM, whose normalized letters are those of إلى 'to'", () => {
    const atm = analyzeText("سحبت من الصراف الآلي وصراف آلي ثاني", { lang: "ar" }).tokens;
    expect(atm.map((t) => t.surface)).toEqual(["سحبت", "صراف", "آلي", "صراف", "آلي", "ثاني"]);
    expect(tokenTerms("آلية الدفع", { lang: "ar" })).toEqual([atm[2]?.term, "دفع"]);
    // The particle and its pronoun forms, with or without hamza, stay function words.
    expect(tokenTerms("ذهبت إلى البنك الى الفرع أرسلته إليه وإلينا", { lang: "ar" })).toEqual([
      "ذهب",
      "بنك",
      "فرع",
      "ارسل",
    ]);
  });

  it("keeps the written form, without diacritics and clitics, as the surface", () => {
    expect(analyzeText("والبطاقةُ", { lang: "ar" }).tokens).toEqual([{ term: "بطاق", surface: "بطاقة" }]);
  });

  it("uses corpus evidence for a bare conjunction", () => {
    const texts = ["وسيارتي مغلقة", "سيارتي مغلقة", "أين سيارتي"];
    expect(analyzeCorpus(texts)[0]).toEqual(["سيار", "مغلق"]);
    expect(tokenTerms(texts[0] ?? "")).toEqual(["وسيار", "مغلق"]);
  });

  it("keeps a word's first letter when the batch writes the word with the article", () => {
    // فعليه "actual" read as ف + عليه "so on him", فهم "understand" as ف + هم "they": function words.
    const texts = [
      "بدي بطاقة فعليه",
      "البطاقة الفعليه وصلت",
      "ما فهم الرسوم",
      "شو الفهم",
      "عليه رسوم",
      "هم قالوا",
    ];
    const terms = analyzeCorpus(texts, { lang: "ar" });
    expect(terms[0]).toContain("فعلي");
    expect(terms[2]).toContain("فهم");
    // It is the whole word that must take the article: وسيارتي (never الوسيارتي) still loses its و.
    expect(analyzeCorpus(["وسيارتي مغلقة", "سيارتي مغلقة", "أين سيارتي", "السيارة"])[0]).toEqual([
      "سيار",
      "مغلق",
    ]);
  });

  it("does not read a word written with the ta marbuta as a function word with the pronoun ه", () => {
    // One message, no batch evidence: فعلية "actual" is not ف + عليه.
    expect(tokenTerms("أريد بطاقة فعلية", { lang: "ar" })).toEqual([
      ...tokenTerms("أريد بطاقة", { lang: "ar" }),
      "فعلي",
    ]);
  });

  it("takes a proclitic off an everyday word of feedback without evidence", () => {
    // One message alone, as cli tokenize may be given: وحسابي meets حسابي, فبطاقتي meets بطاقتي.
    expect(tokenTerms("وحسابي مغلق")).toEqual(["حساب", "مغلق"]);
    expect(tokenTerms("فبطاقتي لا تعمل")).toEqual(tokenTerms("بطاقتي لا تعمل"));
    // "and my bank", "and the bank": وبنك was read as و + بن + the suffix ك.
    expect(tokenTerms("حسابي في البنك وبنكي مغلق وبنك")).toEqual(["حساب", "بنك", "بنك", "مغلق", "بنك"]);
    // The dialect's card and money behind a conjunction meet their MSA words: وكرت was "وكر".
    expect(tokenTerms("وكرت ومصاري وفلوس")).toEqual(tokenTerms("بطاقة مال مال"));
  });
});

describe("Chinese and Japanese", () => {
  it("keeps one-character words and drops possessives and kana endings", () => {
    // "My card was declined", "my money": 卡 and 钱 are words of one character.
    // (Segmentation comes from the runtime's ICU: the words are checked, not the exact split.)
    const declined = tokenTerms("我的卡被拒绝了", { lang: "zh" });
    expect(declined).toContain("卡");
    expect(declined).not.toContain("我的");
    expect(tokenTerms("我的钱在哪里")).toContain("钱");
    // "The card hasn't arrived": the segmenter leaves 届|き|ま|せん; the kanji carries the verb.
    const arrived = tokenTerms("カードが届きません");
    expect(arrived).toContain("カード");
    expect(arrived.some((t) => t.startsWith("届"))).toBe(true);
    expect(arrived.filter((t) => /^\p{Script=Hiragana}+$/u.test(t))).toEqual([]);
  });
});

describe("Korean", () => {
  it("brings a noun with its particles to the noun, on the batch's evidence", () => {
    // "The card doesn't work", "I lost my card", "card lost".
    const terms = analyzeCorpus(["카드가 작동하지 않습니다", "제 카드를 잃어버렸어요", "카드 분실"]);
    expect(terms.map((t) => t[0])).toEqual(["카드", "카드", "카드"]);
  });
});

describe("Thai", () => {
  it("drops pronouns and polite particles and keeps what was not received", () => {
    // "I ordered but haven't received it yet (polite)": ผม and ครับ went through, รับ did not.
    const terms = tokenTerms("ผมสั่งของไปแล้วแต่ยังไม่ได้รับครับ");
    expect(terms).toContain("รับ");
    for (const word of ["ผม", "ครับ"]) expect(terms).not.toContain(word);
  });
});

describe("Persian", () => {
  it("drops the verbal prefix and the plural parted by the zero-width non-joiner", () => {
    // "I want", "doesn't work": prefix and verb are function words; "orders" meets "order".
    expect(tokenTerms("می\u200cخواهم نمی\u200cکند")).toEqual([]);
    expect(tokenTerms("سفارش\u200cهای من")).toEqual(tokenTerms("سفارش من"));
  });
});

describe("Hebrew", () => {
  it("meets the base through prefixes and keeps words that only look prefixed", () => {
    expect(tokenTerms("הנשיא לנשיא והבנק בבנק", { lang: "he" })).toEqual(["נשיא", "נשיא", "בנק", "בנק"]);
    expect(tokenTerms("הרבה מדינה שלום לקוח משלוח ביטוח כסף הזמנה", { lang: "he" })).toEqual([
      "הרבה",
      "מדינה",
      "שלום",
      "לקוח",
      "משלוח",
      "ביטוח",
      "כסף",
      "הזמנה",
    ]);
  });

  it("meets a word in plene and defective spelling, behind a prefix too, and shows it as written", () => {
    expect(tokenTerms("האפליקצייה קורסת, יש בעייה", { lang: "he" })).toEqual(
      tokenTerms("האפליקציה קורסת, יש בעיה", { lang: "he" }),
    );
    expect(analyzeText("באפליקצייה", { lang: "he" }).tokens[0]?.surface).toBe("אפליקצייה");
  });

  it("meets a word written with a final alef or a final he, and keeps words that differ by it", () => {
    expect(tokenTerms("הסיסמא לא עובדת בגרסא החדשה, כל הסיסמאות", { lang: "he" })).toEqual([
      "סיסמה",
      "עובדת",
      "גרסה",
      "חדשה",
      "סיסמה",
    ]);
    expect(tokenTerms("סיסמה גרסה", { lang: "he" })).toEqual(["סיסמה", "גרסה"]);
    // "reads" and "happens" are two words.
    expect(tokenTerms("קורא קורה", { lang: "he" })).toEqual(["קורא", "קורה"]);
  });

  it("meets a past verb in every person the batch writes: I, we and they cancelled", () => {
    expect(tokenTerms("ביטלתי את ההזמנה, הם ביטלו, הוא ביטל", { lang: "he" })).toEqual([
      "ביטל",
      "הזמנה",
      "ביטל",
      "ביטל",
    ]);
  });

  it("removes niqqud and drops function words, also behind a prefix", () => {
    expect(tokenTerms("שָׁלוֹם, וגם אני מחכה לַחֲבִילָה שלי", { lang: "he" })).toEqual(["שלום", "מחכה", "חבילה"]);
  });

  it("surfaces keep final letters and drop only the prefix", () => {
    expect(analyzeText("לחשבון", { lang: "he" }).tokens).toEqual([{ term: "חשבון", surface: "חשבון" }]);
  });

  it("writes terms with the final letter a person writes, one term per word", () => {
    expect(tokenTerms("כספים כסף חשבונות חשבון", { lang: "he" })).toEqual(["כסף", "כסף", "חשבון", "חשבון"]);
  });

  it("learns unlisted bases from the corpus", () => {
    const texts = ["המזגן לא עובד", "מזגן חדש", "קניתי מזגן", "במזגן יש רעש"];
    const terms = analyzeCorpus(texts, { lang: "he" });
    expect(terms.map((t) => t[0])).toEqual(["מזגן", "מזגן", "קניתי", "מזגן"]);
  });
});

describe("analyzeTexts", () => {
  it("analyzes a mixed batch with per-text languages and batch evidence", () => {
    const batch = analyzeTexts([
      "My cards were blocked",
      "وحسابي مغلق",
      "حسابي مغلق",
      "המזגן",
      "מזגן חדש",
      "أين حسابي",
    ]);
    expect(batch.map((a) => a.lang)).toEqual(["en", "ar", "ar", "he", "he", "ar"]);
    expect(batch.map((a) => a.tokens.map((t) => t.surface))).toEqual([
      ["cards", "blocked"],
      ["حسابي", "مغلق"],
      ["حسابي", "مغلق"],
      ["מזגן"],
      ["מזגן", "חדש"],
      ["حسابي"],
    ]);
  });
});

describe("thanks and assent", () => {
  it("leave no term in any of the three languages, while a complaint beside them keeps its own", () => {
    const thanks = ["Thank you so much!", "ok great, thanks", "Much appreciated", "Perfect, cheers"];
    const arabic = ["شكراً جزيلاً", "تمام شكرا", "مشكور، يعطيك العافية"];
    const hebrew = ["תודה רבה!", "סבבה, תודה", "אחלה, מעולה"];
    for (const text of [...thanks, ...arabic, ...hebrew]) expect(tokenTerms(text)).toEqual([]);
    expect(tokenTerms("Thanks so much, but my card is still blocked")).toEqual(["card", "block"]);
    expect(tokenTerms("شكرا جزيلا، لكن البطاقة ما زالت محظورة")).toContain("بطاق");
  });
});

describe("normalizeForFeatures", () => {
  it("normalizes every script for character n-grams without stemming or removing words", () => {
    expect(normalizeForFeatures("My CARD (2nd one) 😡 https://x.example")).toBe("my card <num> nd one <url>");
    expect(normalizeForFeatures("بِطَاقَتِي   إلى المستشفى")).toBe("بطاقتي الي المستشفي");
    expect(normalizeForFeatures("שָׁלוֹם לַחֶשְׁבּוֹן")).toBe("שלומ לחשבונ");
  });
});

describe("language detection", () => {
  it("detects each text's language unless forced", () => {
    expect(analyzeText("my card was declined").lang).toBe("en");
    expect(analyzeText("رفضت بطاقتي").lang).toBe("ar");
    expect(analyzeText("הכרטיס שלי נדחה").lang).toBe("he");
    expect(analyzeText("card", { lang: "en", corpus: buildCorpusStats([]) }).lang).toBe("en");
  });

  it("analyses a region-tagged text by its primary language", () => {
    // Feedback arrives tagged as browsers and apps send it (en-US, ar-EG): stemmed all the same.
    expect(analyzeText("Cancelled transfers", { lang: "en-US" })).toEqual(
      analyzeText("Cancelled transfers", { lang: "en" }),
    );
    expect(analyzeTexts(["Declined cards", "بطاقاتي مرفوضة"], { lang: "EN_gb" })[0]?.tokens).toEqual([
      { term: "declin", surface: "declined" },
      { term: "card", surface: "cards" },
    ]);
  });
});
