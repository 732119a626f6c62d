/**
 * Customer text on its way to Slack: personal data redacted, mrkdwn control characters escaped,
 * cut to length on character boundaries, right-to-left text isolated so it reads in its own order.
 */
import { redactPersonalData } from "../lib/personal-data";
import { messageBody } from "../text/message-body";

// Bidirectional embeddings, overrides and isolates: a customer's stray one would reorder the rest of the message.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
// Other control characters except tab and newline.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const RTL_SCRIPT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const STRONG_CHAR = /[\p{L}]/u;

/** `&`, `<`, `>` as Slack wants them in mrkdwn and plain text, so nothing a customer wrote becomes a mention or link. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Text on one line, without control or bidirectional formatting characters, spaces collapsed. */
export function flattenText(text: string): string {
  return text.replace(BIDI_CONTROLS, "").replace(CONTROLS, " ").replace(/\s+/gu, " ").trim();
}

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/**
 * `text` with `encode` applied to each grapheme, cut so the result is at most `max` UTF-16 units,
 * ending with `…` when cut. Cuts fall between graphemes (never inside a surrogate pair, a combining
 * sequence or an escape entity), at a word boundary when one is near.
 */
function encodeAndCut(text: string, max: number, encode: (s: string) => string): string {
  const whole = encode(text);
  if (whole.length <= max) return whole;
  const budget = max - 1;
  const pieces: string[] = [];
  let length = 0;
  let lastSpace = -1;
  for (const { segment } of segmenter.segment(text)) {
    const piece = encode(segment);
    if (length + piece.length > budget) break;
    if (/\s/u.test(segment)) lastSpace = pieces.length;
    pieces.push(piece);
    length += piece.length;
  }
  // Prefer ending at a word boundary unless that would throw away much of the text.
  const end = lastSpace > pieces.length * 0.6 ? lastSpace : pieces.length;
  return `${pieces.slice(0, end).join("").trimEnd()}…`;
}

/** Escapes `text` for mrkdwn and cuts it to at most `max` UTF-16 units (see `encodeAndCut`). */
export function escapeAndCut(text: string, max: number): string {
  return encodeAndCut(text, max, escapeMrkdwn);
}

/** Cuts plain text (a header, a button label) to at most `max` UTF-16 units on grapheme boundaries. */
export function cutText(text: string, max: number): string {
  return encodeAndCut(text, max, (s) => s);
}

/** Whether the first strong character (a letter) of `text` belongs to a right-to-left script. */
export function isRightToLeft(text: string): boolean {
  for (const ch of text) {
    if (STRONG_CHAR.test(ch)) return RTL_SCRIPT.test(ch);
  }
  return false;
}

/**
 * Wraps right-to-left text in a right-to-left isolate (U+2067 … U+2069): inside a left-to-right
 * message its words keep their order and its punctuation stays at its end, and nothing after it
 * is pulled into its direction.
 */
export function isolateDirection(text: string): string {
  return isRightToLeft(text) ? `\u2067${text}\u2069` : text;
}

/**
 * Text we did not write (quotes, and labels made of customers' words) ready for Slack: without a
 * ticket's quoted reply and signature (message-body.ts), redacted,
 * flattened to one line, escaped, cut to at most `max` UTF-16 units, direction isolated.
 */
export function safeText(text: string, max: number): string {
  // A customer's backticks would open a code block that swallows the rest of the section: show them
  // as a look-alike letter. Two units are kept for the isolate characters.
  const inert = flattenText(redactPersonalData(messageBody(text))).replace(/`/g, "\u02CB");
  return isolateDirection(escapeAndCut(inert, max - 2));
}
