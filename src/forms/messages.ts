import { primaryLanguage } from "../text/detect-language";

/** The interface languages of the suggestion form. Anything else falls back to English. */
export const LOCALES = ["en", "ar", "he"] as const;
export type Locale = (typeof LOCALES)[number];

export interface Messages {
  pageTitle: string;
  intro: string;
  required: string;
  optional: string;
  textLabel: string;
  ratingLegend: string;
  /** From 1 (worst) to 5 (best). */
  ratingLabels: [string, string, string, string, string];
  nameLabel: string;
  emailLabel: string;
  emailHint: string;
  submit: string;
  sending: string;
  thanksTitle: string;
  thanksBody: string;
  sendAnother: string;
  fixField: string;
  textBlank: string;
  textTooLong: string;
  emailInvalid: string;
  nameTooLong: string;
  ratingInvalid: string;
  fieldInvalid: string;
  rateLimited: string;
  failed: string;
  notFoundTitle: string;
  notFoundBody: string;
}

const en: Messages = {
  pageTitle: "Share a suggestion",
  intro: "Tell us what would make things better for you. Our product team reads every message.",
  required: "required",
  optional: "optional",
  textLabel: "Your suggestion",
  ratingLegend: "How satisfied are you with us?",
  ratingLabels: ["Very dissatisfied", "Dissatisfied", "Neutral", "Satisfied", "Very satisfied"],
  nameLabel: "Your name",
  emailLabel: "Your email",
  emailHint: "Only if you would like a reply.",
  submit: "Send suggestion",
  sending: "Sending…",
  thanksTitle: "Thank you!",
  thanksBody: "We received your suggestion. Our product team reads every message.",
  sendAnother: "Send another suggestion",
  fixField: "Please correct the marked field and send again.",
  textBlank: "Please write your suggestion.",
  textTooLong: "Please keep your suggestion under 10,000 characters.",
  emailInvalid: "Please enter an email address such as name@example.com, or leave the field empty.",
  nameTooLong: "Please shorten your name to 256 characters.",
  ratingInvalid: "Please choose a rating from 1 to 5.",
  fieldInvalid: "Please check this field.",
  rateLimited: "Many suggestions came from your network just now. Please try again in a few minutes.",
  failed: "Your suggestion could not be sent. Please try again.",
  notFoundTitle: "Form not found",
  notFoundBody: "This suggestion form does not exist or is no longer available.",
};

const ar: Messages = {
  pageTitle: "شاركنا اقتراحك",
  intro: "أخبرنا بما يجعل تجربتك أفضل. يقرأ فريق المنتج كل رسالة.",
  required: "مطلوب",
  optional: "اختياري",
  textLabel: "اقتراحك",
  ratingLegend: "ما مدى رضاك عنا؟",
  ratingLabels: ["غير راضٍ إطلاقًا", "غير راضٍ", "محايد", "راضٍ", "راضٍ جدًا"],
  nameLabel: "اسمك",
  emailLabel: "بريدك الإلكتروني",
  emailHint: "فقط إذا كنت ترغب في أن نرد عليك.",
  submit: "إرسال الاقتراح",
  sending: "جارٍ الإرسال…",
  thanksTitle: "شكرًا لك!",
  thanksBody: "تلقّينا اقتراحك. يقرأ فريق المنتج كل رسالة.",
  sendAnother: "إرسال اقتراح آخر",
  fixField: "يرجى تصحيح الحقل المحدد ثم الإرسال مرة أخرى.",
  textBlank: "يرجى كتابة اقتراحك.",
  textTooLong: "يرجى ألا يتجاوز اقتراحك 10,000 حرف.",
  emailInvalid: "يرجى إدخال بريد إلكتروني مثل name@example.com، أو ترك الحقل فارغًا.",
  nameTooLong: "يرجى اختصار الاسم إلى 256 حرفًا.",
  ratingInvalid: "يرجى اختيار تقييم من 1 إلى 5.",
  fieldInvalid: "يرجى التحقق من هذا الحقل.",
  rateLimited: "وصلت اقتراحات كثيرة من شبكتك للتو. يرجى المحاولة بعد بضع دقائق.",
  failed: "تعذّر إرسال اقتراحك. يرجى المحاولة مرة أخرى.",
  notFoundTitle: "النموذج غير موجود",
  notFoundBody: "نموذج الاقتراحات هذا غير موجود أو لم يعد متاحًا.",
};

const he: Messages = {
  pageTitle: "שתפו הצעה",
  intro: "ספרו לנו מה ישפר את החוויה שלכם. צוות המוצר קורא כל הודעה.",
  required: "חובה",
  optional: "רשות",
  textLabel: "ההצעה שלך",
  ratingLegend: "עד כמה אתם מרוצים מאיתנו?",
  ratingLabels: ["לא מרוצה בכלל", "לא מרוצה", "ניטרלי", "מרוצה", "מרוצה מאוד"],
  nameLabel: "השם שלך",
  emailLabel: "הדוא״ל שלך",
  emailHint: "רק אם תרצו שנחזור אליכם.",
  submit: "שליחת ההצעה",
  sending: "שולח…",
  thanksTitle: "תודה רבה!",
  thanksBody: "קיבלנו את ההצעה שלך. צוות המוצר קורא כל הודעה.",
  sendAnother: "שליחת הצעה נוספת",
  fixField: "נא לתקן את השדה המסומן ולשלוח שוב.",
  textBlank: "נא לכתוב את ההצעה שלך.",
  textTooLong: "נא לקצר את ההצעה ל-10,000 תווים לכל היותר.",
  emailInvalid: "נא להזין כתובת דוא״ל כמו name@example.com, או להשאיר את השדה ריק.",
  nameTooLong: "נא לקצר את השם ל-256 תווים.",
  ratingInvalid: "נא לבחור דירוג בין 1 ל-5.",
  fieldInvalid: "נא לבדוק את השדה הזה.",
  rateLimited: "הגיעו הרבה הצעות מהרשת שלך זה עתה. נא לנסות שוב בעוד כמה דקות.",
  failed: "לא הצלחנו לשלוח את ההצעה. נא לנסות שוב.",
  notFoundTitle: "הטופס לא נמצא",
  notFoundBody: "טופס ההצעות הזה לא קיים או שאינו זמין עוד.",
};

export const MESSAGES: Record<Locale, Messages> = { en, ar, he };

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

export const directionOf = (locale: Locale): "ltr" | "rtl" => (locale === "en" ? "ltr" : "rtl");

/** `he-IL`, `iw` (the old code for Hebrew), `AR` → a supported locale, or undefined. */
function localeOfTag(tag: string): Locale | undefined {
  const primary = primaryLanguage(tag);
  if (primary === "iw") return "he";
  return isLocale(primary) ? primary : undefined;
}

/**
 * The interface language: `requested` (a `?lang=` the embedding site chose) when supported, else the
 * best supported language of the visitor's `Accept-Language`, else English.
 */
export function negotiateLocale(acceptLanguage: string | undefined, requested?: string): Locale {
  const chosen = requested ? localeOfTag(requested) : undefined;
  if (chosen) return chosen;
  let best: Locale | undefined;
  let bestQ = 0;
  for (const part of (acceptLanguage ?? "").split(",")) {
    const [tag = "", ...params] = part.split(";");
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    const locale = localeOfTag(tag);
    if (locale && Number.isFinite(q) && q > bestQ) {
      best = locale;
      bestQ = q;
    }
  }
  return best ?? "en";
}
