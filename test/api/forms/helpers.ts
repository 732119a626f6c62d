import type { TestClient } from "../../app";

/** What @hono/node-server hands the app: the socket the request came on. */
export const fromAddress = (remoteAddress: string) => ({ incoming: { socket: { remoteAddress } } });

let nextAddress = 1;
/** A client address of its own for each test, so that no test spends another's rate limit. */
export const freshAddress = () => `198.51.100.${nextAddress++}`;

export async function createFormAs(client: TestClient, body: Record<string, unknown>) {
  const res = await client.request("POST", "/v1/forms", { as: "admin", body });
  if (res.status !== 201) throw new Error(`creating a form answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as { id: string; allowedOrigins: string[]; source: string; page: string };
}

export interface SubmitOptions {
  address?: string;
  headers?: Record<string, string>;
  /** Send as application/x-www-form-urlencoded instead of JSON. */
  form?: boolean;
  /** Look like a browser navigating (a plain HTML form post). */
  browser?: boolean;
}

/** POST /v1/forms/{id}/submissions as it arrives on Node, from a client address. */
export function submit(
  client: TestClient,
  formId: string,
  body: Record<string, unknown> | string,
  options: SubmitOptions = {},
): Promise<Response> {
  const headers: Record<string, string> = { ...options.headers };
  let payload: string;
  if (typeof body === "string") payload = body;
  else if (options.form) {
    payload = new URLSearchParams(Object.entries(body).map(([k, v]) => [k, String(v)])).toString();
    headers["content-type"] ??= "application/x-www-form-urlencoded";
  } else {
    payload = JSON.stringify(body);
    headers["content-type"] ??= "application/json";
  }
  if (options.browser) {
    headers.accept ??= "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    headers["sec-fetch-mode"] ??= "navigate";
  }
  return Promise.resolve(
    client.app.request(
      `/v1/forms/${formId}/submissions`,
      { method: "POST", headers, body: payload },
      fromAddress(options.address ?? freshAddress()),
    ),
  );
}

/** The stored form items whose text matches `q`, through the API as a lead reads them. */
export async function findItems(client: TestClient, q: string) {
  const res = await client.request("GET", `/v1/feedback?channel=form&q=${encodeURIComponent(q)}`, {
    as: "lead",
  });
  return (await res.json()) as { items: Array<Record<string, unknown>>; total: number };
}
