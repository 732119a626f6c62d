import { describe, expect, it } from "vitest";
import { scanTokens } from "./tokenize";

const words = (text: string) => scanTokens(text).map((t) => (t.kind === "word" ? t.text : `<${t.kind}>`));

describe("scanTokens", () => {
  it("lowercases and splits English on punctuation and apostrophes", () => {
    expect(words("I'm STILL waiting on my card... it hasn't arrived!")).toEqual([
      "i",
      "m",
      "still",
      "waiting",
      "on",
      "my",
      "card",
      "it",
      "hasn",
      "t",
      "arrived",
    ]);
  });

  it("applies NFKC: full-width letters, ligatures and Arabic presentation forms", () => {
    expect(words("ｃａｒｄ ﬁx")).toEqual(["card", "fix"]);
    expect(words("ﻻ ﺑﻄﺎﻗﺔ")).toEqual(["لا", "بطاقة"]);
  });

  it("keeps URLs, emails and handles whole, and numbers as their own kind", () => {
    expect(
      scanTokens(
        "See https://bank.example/help?id=3, then mail help@bank.example or @BankSupport: 1,250.50 EUR",
      ),
    ).toEqual([
      { kind: "word", text: "see", script: "latin" },
      { kind: "url", text: "https://bank.example/help?id=3", script: "other" },
      { kind: "word", text: "then", script: "latin" },
      { kind: "word", text: "mail", script: "latin" },
      { kind: "email", text: "help@bank.example", script: "other" },
      { kind: "word", text: "or", script: "latin" },
      { kind: "user", text: "@banksupport", script: "other" },
      { kind: "num", text: "1,250.50", script: "other" },
      { kind: "word", text: "eur", script: "latin" },
    ]);
  });

  it("reads Slack's mentions in a copied message as handles, not as the word channel", () => {
    expect(
      scanTokens("<!channel> charged twice, cc <@U024BE7LH> in <#C024BE7LR|payments>").map((t) => t.kind),
    ).toEqual(["user", "word", "word", "word", "user", "word", "user"]);
    expect(words("3 < 4 and 5 > 2")).toEqual(["<num>", "<num>", "and", "<num>", "<num>"]);
  });

  it("reads Arabic-Indic digits as numbers", () => {
    expect(words("حولت ٢٥٠ دينار قبل ۳ أيام")).toEqual(["حولت", "<num>", "دينار", "قبل", "<num>", "أيام"]);
  });

  it("drops emoji and keeps the words around them", () => {
    expect(words("card blocked 😡😡 again👎🏽!")).toEqual(["card", "blocked", "again"]);
  });

  it("removes Arabic tashkeel and tatweel inside a word without splitting it", () => {
    expect(words("بِطَاقَتِي مُعَلَّقَة والتحويـــــل")).toEqual(["بطاقتي", "معلقة", "والتحويل"]);
  });

  it("parts Persian words at the zero-width non-joiner, as Persian writes its word pieces", () => {
    expect(words("می\u200cخواهم کتاب\u200cها")).toEqual(["می", "خواهم", "کتاب", "ها"]);
    // Elsewhere the character is dropped inside a word: it only steers how letters join.
    expect(words("car\u200cd")).toEqual(["card"]);
  });

  it("removes Hebrew niqqud and cantillation and splits on maqaf", () => {
    expect(words("שָׁלוֹם לַלָּקוֹחַ בֵּית־הַסֵּפֶר")).toEqual(["שלום", "ללקוח", "בית", "הספר"]);
  });

  it("keeps geresh and gershayim inside Hebrew words, without the mark", () => {
    expect(words("צ'ק בע\"מ מע״מ")).toEqual(["צק", "בעמ", "מעמ"]);
  });

  it("splits where the script changes", () => {
    expect(scanTokens("تطبيقapp").map((t) => [t.text, t.script])).toEqual([
      ["تطبيق", "arabic"],
      ["app", "latin"],
    ]);
  });

  it("segments scripts written without spaces with Intl.Segmenter", () => {
    const tokens = scanTokens("我的银行卡 привет");
    expect(tokens.map((t) => t.text).join("|")).toMatch(
      /^(我的\|银行卡|我\|的\|银行卡|我的\|银行\|卡|我\|的\|银行\|卡)\|привет$/,
    );
    expect(tokens.length).toBeGreaterThanOrEqual(3);
  });
});
