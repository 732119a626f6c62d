/** A fresh CSP nonce: 128 random bits, base64. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The headers of every form page. Only this response's own inline style and script run; the page
 * may post and fetch only to this server; it may be framed by this server and by the form's allowed
 * origins (`frame-ancestors`; no X-Frame-Options, which cannot name several origins). Never cached:
 * each page carries its own nonce and submission id.
 */
export function pageHeaders(
  nonce: string,
  allowedOrigins: readonly string[],
  language?: string,
): Record<string, string> {
  const ancestors = ["'self'", ...allowedOrigins].join(" ");
  return {
    "Content-Security-Policy": [
      "default-src 'none'",
      `script-src 'nonce-${nonce}'`,
      `style-src 'nonce-${nonce}'`,
      "connect-src 'self'",
      "form-action 'self'",
      "base-uri 'none'",
      `frame-ancestors ${ancestors}`,
    ].join("; "),
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    ...(language ? { "Content-Language": language } : {}),
  };
}
