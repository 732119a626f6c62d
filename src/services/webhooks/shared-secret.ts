import { equalSecrets, fromBase64 } from "./crypto";

/**
 * The secrets a request presents, wherever a tool lets its user put one: `Authorization: Bearer`,
 * `Authorization: Basic` (either half, since helpdesks offer "user and password" or "API key" forms),
 * or an `X-Webhook-Secret` header.
 */
export function presentedSecrets(headers: { get(name: string): string | null }): string[] {
  const found: string[] = [];
  const authorization = headers.get("authorization")?.trim() ?? "";
  const bearer = bearerToken(headers);
  if (bearer) found.push(bearer);
  const basic = /^Basic\s+(\S+)$/i.exec(authorization);
  const decoded = basic?.[1] ? fromBase64(basic[1]) : undefined;
  if (decoded) {
    const pair = new TextDecoder().decode(decoded);
    const colon = pair.indexOf(":");
    const user = colon === -1 ? pair : pair.slice(0, colon);
    const password = colon === -1 ? "" : pair.slice(colon + 1);
    if (password) found.push(password);
    if (user) found.push(user);
  }
  const header = headers.get("x-webhook-secret")?.trim();
  if (header) found.push(header);
  return found;
}

/** The token of an `Authorization: Bearer <token>` header, if there is one. */
export function bearerToken(headers: { get(name: string): string | null }): string | undefined {
  return /^Bearer\s+(\S+)$/i.exec(headers.get("authorization")?.trim() ?? "")?.[1];
}

/** True when one of the presented secrets is the integration's, each compared in constant time. */
export async function anySecretMatches(presented: string[], secret: string): Promise<boolean> {
  const results = await Promise.all(presented.map((given) => equalSecrets(given, secret)));
  return results.includes(true);
}
