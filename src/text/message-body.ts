/**
 * What the customer wrote in a ticket or email, without what the mail client added: the quoted
 * earlier message below a reply header, `>` lines, a greeting line, the signature (after "-- ", a
 * sign-off with a name under it, "Sent from my iPhone"), a company's e-mail disclaimer. Left in,
 * an agent's quoted reply reads as the customer's complaint, every iPhone user's tickets share
 * "sent" and "iphone", and a signature puts a customer's name and job title into a Slack quote.
 * Stored text stays as sent; the text pipeline, language detection and quotes read this.
 */

// A client's reply header, ending in a colon (isReplyHeader checks the rest). Gmail and Apple Mail:
// "On Mon, 3 Nov 2026 at 09:12, Acme <help@acme.example> wrote:", which may wrap onto a second
// line, and the same in the other Latin-script languages we read most ("Le ... a écrit :",
// "El ... escribió:", "Am ... schrieb ...:"); Arabic "في الاثنين، 3 نوفمبر 2026 ... كتب Acme <...>:";
// Hebrew "בתאריך יום ב׳, 3 בנוב׳ 2026 ... מאת Acme <...>:", with direction marks around them.
const REPLY_HEADER =
  /^[^\S\n]*(?:(?:On|Le|El|Am|Em|Il) [^\n]{0,200}(?:\n[^\n]{0,200})?(?:wrote|a écrit|escribió|schrieb[^\n]{0,200}|escreveu|ha scritto)[ \t]?|[^\n]{0,3}في [^\n]{0,200}كتب[^\n]{0,200}|[^\n]{0,3}בתאריך [^\n]{0,200}מאת[^\n]{0,200}):(?:[^\S\n]|[\u200e\u200f\u202a-\u202e\u2066-\u2069])*$/gmu;
// Outlook's "-----Original Message-----"; a forwarded message under the customer's words
// (Gmail's "---------- Forwarded message ---------", Apple Mail's "Begin forwarded message:").
const ORIGINAL_MESSAGE =
  /^[ \t]*(?:-{3,}[ \t]*(?:Original Message|Forwarded message|الرسالة الأصلية|הודעה מקורית)[ \t]*-{3,}|Begin forwarded message:)/gimu;
// Outlook's header block: "From:" with "Sent:" or "Date:" right under it, maybe under a rule of
// underscores.
const OUTLOOK_HEADER =
  /^[ \t]*(?:_{10,}[ \t]*\n[ \t]*)?(?:From|من|מאת):[^\n]*\n(?:[^\n]*\n){0,2}[ \t]*(?:Sent|Date|أرسل|תאריך|נשלח):/gmu;
// The signature separator of RFC 3676 ("-- "), often saved without its space, with no more under
// it than a signature has (a dash line inside a long message is the customer's own divider).
const SIGNATURE_SEPARATOR = /^-- ?$/gm;
const SIGNATURE_MOST_LINES = 6;
// "Sent from my iPhone" and its kin as the last line, in English, Arabic and Hebrew: only with a
// device or mail app named, since "Sent from my savings account" is a complaint.
// Phones a mail app names in its line; a line also names the app itself.
const PHONES = "iPhone|iPad|Android|Samsung|Galaxy|BlackBerry|Huawei|Pixel|mobile";
const MOBILE_SIGNATURE =
  /^[ \t]*(?:Sent (?:from|with)|Get Outlook for|أ\u064F?رسلت من|مرسل(?:ة)? من|נשלח מ)[\p{L}\p{N} \t'’-]{1,50}\.?[ \t]*$/iu;
const DEVICE = new RegExp(`${PHONES}|Xiaomi|Outlook|Yahoo|Gmail|Mail for Windows`, "iu");
// The same at the end of a message whose lines were joined: "... Sent from my iPhone" (matched
// on the tail from the last "Sent from my", so that a long run of spaces costs no backtracking).
const TRAILING_MOBILE_SIGNATURE = new RegExp(
  `^Sent from my (?:${PHONES})\\b[\\p{L}\\d ]{0,20}\\.?[ \\t]*$`,
  "u",
);
const SIGN_OFF =
  /^[ \t]*(?:(?:many |best |kind |warm )?(?:thanks|thank you|regards)|best,|cheers,|sincerely|yours (?:sincerely|truly)|مع (?:خالص )?(?:تحياتي|التحية|الشكر)|تحياتي|(?:و)?شكرا(?:ً)?(?: لكم)?|בברכה|(?:ב)?תודה(?: רבה)?)[ \t]*[,.!،]*[ \t]*$/imu;
// A word of a name in Latin letters, capitalized as a name is written ("Sarah", "J.", "O'Neil").
const NAME_WORD = "\\p{Lu}[\\p{L}'.-]*";
// The line under a sign-off that makes it one: a name (up to three words, no sentence), in Latin
// letters capitalized ("Sarah Cohen", "J. Doe"), as a name is written.
const NAME_OR_RTL_WORD = `(?:${NAME_WORD}|[\\p{Script=Arabic}\\p{Script=Hebrew}]+)`;
const NAME_LINE = new RegExp(`^[ \\t]*${NAME_OR_RTL_WORD}(?:[ \\t]+${NAME_OR_RTL_WORD}){0,2}[ \\t]*$`, "u");
// A greeting on a line of its own above the message, often with a name in it ("Hi Sarah,"): the
// greeting alone, with up to three words of a name (capitalized Latin words), or with up to three
// words and a comma. "Hello, app broken" is no greeting line.
const GREETING_WORD =
  "(?:[Hh]i|[Hh]ello|[Hh]ey|[Dd]ear|[Gg]ood (?:morning|afternoon|evening)|مرحب[اًا]?|أهلا|اهلا|السلام عليكم|صباح الخير|مساء الخير|שלום|היי|הי)";
// Arabic and Hebrew have no capitals to tell a name: there the comma does.
const GREETING = new RegExp(
  `^[ \\t]*${GREETING_WORD}(?:(?:[ \\t,]+${NAME_WORD}){0,3}[ \\t]*[,!.،:]*|(?:[ \\t,]+[\\p{L}'.-]+){1,3}[ \\t]*[,،:])[ \\t]*$`,
  "u",
);
/** What may stand under a sign-off: a name, then a title, a company, a phone number. */
const SIGNATURE_LINES = 4;
const SIGNATURE_LINE_LENGTH = 60;
const QUOTED_LINE = /^[ \t]*>/;
// A company's e-mail disclaimer, which its mail server adds to every message: on a line of its own,
// "CONFIDENTIALITY NOTICE", "This e-mail (and any attachments) is confidential", "The information in
// this message is...", or the printing plea; taken as one only when the text from there on also
// speaks of its intended recipient, of receiving it in error, or of printing. Left in, it pulls
// every ticket of a company into one pain point ("confidential / intended / recipient").
const DISCLAIMER =
  /^[ \t]*(?:\**(?:confidentiality notice|disclaimer)\b|this (?:e-?mail|message|communication)\b[^\n]{0,80}\bconfidential|the information (?:contained )?in this (?:e-?mail|message)|please consider the environment before printing)/gim;
const DISCLAIMER_TOPIC = /intended recipient|addressee|received this[^\n]{0,40}in error|before printing/i;
// Any of the above can only be there if one of these is.
const MAY_HAVE_BOILERPLATE = /\n|Sent from/;

/** Where the mail client's part begins: each marker cuts the text there when `accept` takes it. */
const CUTS: ReadonlyArray<{
  marker: RegExp;
  accept?: (found: string, text: string, end: number) => boolean;
}> = [
  { marker: REPLY_HEADER, accept: (header) => isReplyHeader(header) },
  { marker: ORIGINAL_MESSAGE },
  { marker: OUTLOOK_HEADER },
  { marker: SIGNATURE_SEPARATOR, accept: (_, text, end) => isSignature(text, end) },
  {
    marker: DISCLAIMER,
    accept: (_, text, end) => DISCLAIMER_TOPIC.test(text.slice(Math.max(0, end - 80), end + 600)),
  },
];

export function messageBody(text: string): string {
  if (!MAY_HAVE_BOILERPLATE.test(text)) return text;
  let body = text;
  for (const { marker, accept } of CUTS) body = body.slice(0, firstCut(body, marker, accept));
  const tail = body.lastIndexOf("Sent from my ");
  if (
    tail > 0 &&
    /[ \t]/.test(body[tail - 1] as string) &&
    TRAILING_MOBILE_SIGNATURE.test(body.slice(tail))
  ) {
    body = body.slice(0, tail);
  }
  const all = body.split("\n");
  const own = all.filter((line) => !QUOTED_LINE.test(line));
  const lines = own.some((line) => line.trim()) ? own : all;
  dropTrailingBlank(lines);
  const last = lines[lines.length - 1];
  if (last !== undefined && MOBILE_SIGNATURE.test(last) && DEVICE.test(last)) lines.pop();
  const result = withoutGreeting(withoutSignOff(lines)).join("\n").trim();
  // A message that is all boilerplate is left whole: it is what there is.
  return result ? result : text;
}

/**
 * A header has the date of the message it quotes; in Arabic and Hebrew, whose words for "on" and
 * "from" start many a sentence, also the sender's address ("في 3 نوفمبر كتبت لكم:" is the customer).
 */
function isReplyHeader(line: string): boolean {
  return /\d/.test(line) && (/^[^\S\n]*(?:On|Le|El|Am|Em|Il) /.test(line) || line.includes("@"));
}

/** The lines under a greeting that has a line of its own. */
function withoutGreeting(lines: string[]): string[] {
  const first = lines.findIndex((line) => line.trim());
  return first >= 0 && first < lines.length - 1 && GREETING.test(lines[first] as string)
    ? lines.slice(first + 1)
    : lines;
}

/**
 * Where the first match of `marker` that `accept` takes begins (the text's length when none does):
 * a line that only looks like a header or a separator does not hide a real one further down.
 */
function firstCut(
  text: string,
  marker: RegExp,
  accept: (found: string, text: string, end: number) => boolean = () => true,
): number {
  for (const found of text.matchAll(marker)) {
    if (accept(found[0], text, found.index + found[0].length)) return found.index;
  }
  return text.length;
}

/** At most SIGNATURE_MOST_LINES lines with words in `text` after `from` (counted until one more). */
function isSignature(text: string, from: number): boolean {
  let lines = 0;
  let start = from;
  while (start < text.length) {
    const newline = text.indexOf("\n", start);
    const end = newline < 0 ? text.length : newline;
    if (text.slice(start, end).trim() && ++lines > SIGNATURE_MOST_LINES) return false;
    start = end + 1;
  }
  return true;
}

function dropTrailingBlank(lines: string[]): void {
  while (lines.length > 0 && !(lines[lines.length - 1] as string).trim()) lines.pop();
}

/** The lines above a sign-off that has only a few short lines (a name, a title) under it. */
function withoutSignOff(lines: string[]): string[] {
  dropTrailingBlank(lines);
  const last = lines.length - 1;
  for (let i = last - 1; i >= 0 && i >= last - SIGNATURE_LINES; i--) {
    if (!SIGN_OFF.test(lines[i] as string)) continue;
    const under = lines.slice(i + 1).filter((line) => line.trim());
    const signed = NAME_LINE.test(under[0] ?? "") && under.every((l) => l.length <= SIGNATURE_LINE_LENGTH);
    return signed ? lines.slice(0, i) : lines;
  }
  return lines;
}
