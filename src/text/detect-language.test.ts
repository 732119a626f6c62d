import { describe, expect, it } from "vitest";
import { detectLanguage, dominantScript } from "./detect-language";

describe("detectLanguage", () => {
  it.each([
    ["لا أستطيع تحويل الأموال إلى حسابي", "ar"],
    ["بدي ارجع المصاري ليش ما وصلت", "ar"],
    ["אני לא מצליח להתחבר לאפליקציה", "he"],
    ["הַכַּרְטִיס נחסם", "he"],
    ["کارت من کار نمی‌کند", "fa"],
    ["Привет, приложение не работает", "ru"],
    ["アプリが動きません", "ja"],
    ["应用程序无法打开", "zh"],
    ["앱이 작동하지 않아요", "ko"],
    ["My card was declined at checkout again", "en"],
    ["Refund still not received after two weeks, terrible support", "en"],
    ["app crashes", "en"],
    ["Mi tarjeta no funciona desde ayer", "es"],
    ["Je ne peux pas me connecter à mon compte", "fr"],
    ["Meine Karte wurde abgelehnt und ich weiß nicht warum", "de"],
    ["Obrigado pelo atendimento", "pt"],
    // "a", "as", "per" are function words in several languages: English's own must count too.
    ["There is a withdrawal waiting.", "en"],
    ["I need my card as quick as possible", "en"],
    ["I need several disposable cards made per day.", "en"],
    ["Quero cancelar a assinatura", "pt"],
    ["Se me cobró dos veces", "es"],
    ["L'app si blocca sempre", "it"],
  ])("%s → %s", (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it("goes by the script with the most letters in mixed text", () => {
    expect(detectLanguage("التطبيق لا يعمل على iPhone منذ التحديث")).toBe("ar");
    expect(detectLanguage("The app shows האפליקציה in the title")).toBe("en");
  });

  it("has no language for text without letters", () => {
    expect(detectLanguage("123 !!! 😡😡")).toBeUndefined();
    expect(dominantScript("1234")).toBeUndefined();
  });
});
