/** Named entities that helpdesk editors actually emit; anything else numeric is decoded by code point. */
const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  ndash: "\u2013",
  mdash: "\u2014",
  hellip: "\u2026",
  lsquo: "\u2018",
  rsquo: "\u2019",
  ldquo: "\u201c",
  rdquo: "\u201d",
  laquo: "\u00ab",
  raquo: "\u00bb",
  copy: "\u00a9",
  reg: "\u00ae",
  trade: "\u2122",
  euro: "\u20ac",
  shy: "\u00ad",
  zwnj: "\u200c",
  zwj: "\u200d",
  lrm: "\u200e",
  rlm: "\u200f",
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body[0] === "#") {
      const code =
        body[1] === "x" || body[1] === "X" ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
      return valid ? String.fromCodePoint(code) : "\ufffd";
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

// Paragraph-like blocks leave a blank line; other blocks end a line.
const PARAGRAPH_TAGS = "p|h[1-6]|blockquote|pre|table";
const LINE_TAGS = "div|li|ul|ol|tr|section|article|header|footer";
// Noncharacters mark the breaks: Unicode reserves them for internal use, so no message contains them.
const PARAGRAPH = "\ufdd1";
const LINE = "\ufdd0";

/**
 * The text a person reads in a helpdesk's HTML message: tags dropped, blocks and `<br>` as line breaks,
 * entities decoded, runs of blank lines and spaces folded. Characters are otherwise kept as they are,
 * so Arabic, Hebrew and direction marks survive unchanged.
 */
export function htmlToText(html: string): string {
  const marked = html
    .replace(/[\ufdd0\ufdd1]/g, "")
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<(script|style|head)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, "")
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(new RegExp(`</?(?:${PARAGRAPH_TAGS})\\b[^>]*>`, "gi"), PARAGRAPH)
    .replace(new RegExp(`</?(?:${LINE_TAGS})\\b[^>]*>`, "gi"), LINE)
    .replace(/<\/?[a-z][^>]*>/gi, "");
  // Adjacent block boundaries (`</div><div>`) are one break, not one each.
  const text = decodeEntities(marked).replace(/[\s\ufdd0\ufdd1]*[\ufdd0\ufdd1][\s\ufdd0\ufdd1]*/g, (run) =>
    run.includes(PARAGRAPH) || (run.match(/\n/g)?.length ?? 0) >= 2 ? "\n\n" : "\n",
  );
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/[ \t\u00a0]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
