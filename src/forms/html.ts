import { directionOf, type Locale } from "./messages";
import { FORM_CSS } from "./styles";

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text or attribute value → HTML that shows it literally. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

/** JSON inside a `<script>` block: `<` escaped so no value can close the block. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028|\u2029/g, (ch) => {
      return ch === "\u2028" ? "\\u2028" : "\\u2029";
    });
}

export interface DocumentParts {
  locale: Locale;
  title: string;
  /** The CSP nonce of this response's inline style and script. */
  nonce: string;
  body: string;
  /** Trusted script source (never user input). */
  script?: string;
}

/** The HTML document around a page: language and direction, viewport, the inline stylesheet. */
export function renderDocument(parts: DocumentParts): string {
  const script = parts.script ? `<script nonce="${parts.nonce}">${parts.script}</script>` : "";
  return `<!doctype html>
<html lang="${parts.locale}" dir="${directionOf(parts.locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${escapeHtml(parts.title)}</title>
<style nonce="${parts.nonce}">${FORM_CSS}</style>
</head>
<body>
${parts.body}
${script}
</body>
</html>
`;
}
