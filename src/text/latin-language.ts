/**
 * Telling Latin-script languages apart by their most frequent function words. Customer messages are
 * short; a handful of words like "the", "my", "not" decides more reliably than character n-gram
 * models trained on long prose, and costs a few microseconds.
 */
const FUNCTION_WORDS: Record<string, string> = {
  en: "the and is are was were my i you it to of in on for not no with this that have has at be can do does did can't cannot don't didn't won't me your we our they but from after again still when why what how a an as am there here will would should could been if or so by up out any some all just very than then must need want please",
  fr: "le la les et est sont je tu il elle nous vous ils mon ma mes pas ne de des du un une pour avec dans sur ce cette qui que mais très plus toujours merci",
  es: "el la los las y es son yo tu mi mis no de del un una para con en por que pero muy más todavía cuando porque está estoy gracias quiero fue ya eso también nada nunca nadie hoy ayer ahora después al se me nos",
  de: "der die das und ist sind ich du er sie wir mein meine nicht kein keine von zu mit auf für ein eine aber noch immer wenn warum wie danke",
  it: "il lo la gli le e è sono io tu mio mia non di del un una per con in su che ma molto ancora quando perché grazie si mi sempre già",
  pt: "o a os as e é são eu tu meu minha não de do da um uma para com em por pelo pela que mas muito ainda quando porque está estou obrigado obrigada quero foi já isso também nada nunca ninguém hoje ontem agora depois ao aos na nas num numa tem sempre",
  nl: "de het een en is zijn ik jij mijn niet geen van te met op voor maar nog altijd wanneer waarom hoe",
  tr: "ve bir bu da de ile için ama çok daha değil ne neden nasıl benim hesabım kartım",
  id: "dan yang di ke dari untuk dengan tidak ini itu saya kami anda sudah belum masih",
  sv: "och är jag du min mitt inte av till med på för en ett men mycket",
  pl: "i jest nie to w na z do że się mój moja ale bardzo",
};

const WORD_LANGUAGES = new Map<string, string[]>();
for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
  for (const word of words.split(" ")) {
    const list = WORD_LANGUAGES.get(word);
    if (list) list.push(lang);
    else WORD_LANGUAGES.set(word, [lang]);
  }
}

// Letters that only some languages use settle many short texts by themselves.
const LETTER_HINTS: Array<[RegExp, string]> = [
  [/[ñ¿¡]/u, "es"],
  [/[ãõ]/u, "pt"],
  [/[ß]/u, "de"],
  [/[ğış]/u, "tr"],
  [/[ąćęłńśźż]/u, "pl"],
];

/** The language of a Latin-script text; English when nothing points elsewhere. */
export function detectLatinLanguage(text: string): string {
  const scores = new Map<string, number>();
  for (const word of text.toLowerCase().split(/[^\p{L}']+/u)) {
    const langs = WORD_LANGUAGES.get(word);
    if (!langs) continue;
    // A word shared by several languages is weaker evidence for each.
    for (const lang of langs) scores.set(lang, (scores.get(lang) ?? 0) + 1 / langs.length);
  }
  for (const [pattern, lang] of LETTER_HINTS)
    if (pattern.test(text)) scores.set(lang, (scores.get(lang) ?? 0) + 1.5);
  let best = "en";
  let bestScore = 0;
  for (const [lang, score] of scores) {
    if (score > bestScore || (score === bestScore && lang === "en")) {
      best = lang;
      bestScore = score;
    }
  }
  return best;
}
