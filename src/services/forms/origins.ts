/**
 * `https://Example.com:443/` → `https://example.com`: the form an `Origin` header has, so allowed
 * origins compare as plain strings. Undefined for anything that is not a bare http(s) origin (a path,
 * a query, credentials, a wildcard), which would otherwise silently match nothing.
 */
export function normalizeOrigin(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return undefined;
  if (url.username || url.password || url.search || url.hash) return undefined;
  if (url.pathname !== "/" || /[?#]$/.test(value.trim())) return undefined;
  if (url.hostname.includes("*")) return undefined;
  return url.origin;
}
