/**
 * Personal data in customer text: emails, card numbers and phone numbers, replaced by a tag, so
 * that a quote can be shown to people who need the complaint and not the customer (Slack digests,
 * the offline summary).
 */

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
// A run of digits with the separators people put in card and phone numbers, in any script's digits.
const DIGIT_RUN = /(?<![\p{L}\p{N}+])(?:\+|00)?\(?\p{Nd}[\p{Nd} ().-]{5,}\p{Nd}(?![\p{L}\p{N}])/gu;
const ISO_DATE = /^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}$/u;

/** The numeric value of a decimal digit in any script (Arabic-Indic, Persian, ...). */
function digitValue(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  // Every Unicode decimal digit block is ten consecutive code points starting at a zero.
  for (let zero = code; zero > code - 10; zero--) {
    if (/\p{Nd}/u.test(String.fromCodePoint(zero)) && !/\p{Nd}/u.test(String.fromCodePoint(zero - 1)))
      return code - zero;
  }
  return 0;
}

function luhnValid(digits: number[]): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits[digits.length - 1 - i] ?? 0;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

function redactDigitRun(run: string): string {
  if (ISO_DATE.test(run)) return run;
  const digits = [...run].filter((ch) => /\p{Nd}/u.test(ch)).map(digitValue);
  if (digits.length >= 13 && digits.length <= 19 && luhnValid(digits)) return "[card]";
  const international = run.startsWith("+") || run.startsWith("00");
  const grouped = /[ ().-]/.test(run);
  const trunkPrefix = digits[0] === 0;
  if (digits.length >= 8 && digits.length <= 15 && (international || grouped || trunkPrefix))
    return "[phone]";
  if (digits.length >= 10 && digits.length <= 15) return "[phone]";
  return run;
}

/** Emails, card numbers (Luhn-checked) and phone numbers replaced by `[email]`, `[card]`, `[phone]`. */
export function redactPersonalData(text: string): string {
  return text.replace(EMAIL, "[email]").replace(DIGIT_RUN, (run) => {
    // The pattern may swallow a trailing separator; keep it outside the replacement.
    const trimmed = run.replace(/[ .(-]+$/u, "");
    return redactDigitRun(trimmed) + run.slice(trimmed.length);
  });
}
