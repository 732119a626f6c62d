import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A stand-in for Slack's Web API on 127.0.0.1: `@slack/web-api` talks to it through `slackApiUrl`.
 * It checks the token and Block Kit's limits the way Slack answers them (`invalid_blocks`), records
 * what it accepted, and answers 429 or 500 on demand. Its checks are written from Slack's reference,
 * apart from the code that builds messages, so that a mistake in one is not copied into the other.
 */

export interface PostedMessage {
  channel: string;
  text: string | undefined;
  blocks: Block[] | undefined;
  ts: string;
  /** Every other argument as sent (parse, unfurl_links, ...). */
  args: Record<string, unknown>;
}

export interface StubRequest {
  method: string;
  at: number;
  status: number;
  error?: string;
}

type Failure = { status: 429; retryAfter: number } | { status: 500 };

// biome-ignore lint/suspicious/noExplicitAny: Block Kit JSON as it arrives
type Block = Record<string, any>;

export interface SlackStub {
  /** The base URL to hand to `slackApiUrl` / `SLACK_API_URL`. */
  url: string;
  token: string;
  messages: PostedMessage[];
  requests: StubRequest[];
  /** The next `n` calls fail with this answer. */
  failNext(n: number, failure: Failure): void;
  /** While true, every call answers 500 (an outage). */
  down: boolean;
  close(): Promise<void>;
}

const LIMITS = { blocks: 50, header: 150, sectionText: 3000, fields: 10, field: 2000, context: 10 };

function checkText(
  obj: unknown,
  path: string,
  max: number,
  errors: string[],
  kinds = ["plain_text", "mrkdwn"],
) {
  const t = obj as { type?: string; text?: unknown } | undefined;
  if (!t || typeof t !== "object")
    return void errors.push(`missing required field: text [json-pointer:${path}]`);
  if (!kinds.includes(t.type ?? ""))
    errors.push(`must be one of ${kinds.join(", ")} [json-pointer:${path}/type]`);
  if (typeof t.text !== "string" || t.text.length === 0)
    errors.push(`must be more than 0 characters [json-pointer:${path}/text]`);
  else if (t.text.length > max)
    errors.push(`must be less than ${max + 1} characters [json-pointer:${path}/text]`);
}

function checkAccessory(acc: Block, path: string, errors: string[]) {
  if (acc.type !== "button") return void errors.push(`unsupported accessory [json-pointer:${path}/type]`);
  checkText(acc.text, `${path}/text`, 75, errors, ["plain_text"]);
  if (acc.url !== undefined && (typeof acc.url !== "string" || acc.url.length > 3000))
    errors.push(`must be less than 3001 characters [json-pointer:${path}/url]`);
}

/** Slack's answer to these blocks: the list of errors, empty when it would accept them. */
export function checkBlockKit(blocks: unknown): string[] {
  const errors: string[] = [];
  if (!Array.isArray(blocks)) return ["must be an array [json-pointer:/blocks]"];
  if (blocks.length > LIMITS.blocks)
    errors.push(`no more than ${LIMITS.blocks} items allowed [json-pointer:/blocks]`);
  for (const [i, b] of (blocks as Block[]).entries()) {
    const path = `/blocks/${i}`;
    if (b.block_id !== undefined && String(b.block_id).length > 255)
      errors.push(`block_id too long [${path}]`);
    switch (b.type) {
      case "header":
        checkText(b.text, `${path}/text`, LIMITS.header, errors, ["plain_text"]);
        break;
      case "section":
        if (b.text === undefined && b.fields === undefined)
          errors.push(`must provide either text or fields [json-pointer:${path}]`);
        if (b.text !== undefined) checkText(b.text, `${path}/text`, LIMITS.sectionText, errors);
        if (b.fields !== undefined) {
          if (!Array.isArray(b.fields) || b.fields.length === 0 || b.fields.length > LIMITS.fields)
            errors.push(`must have 1 to ${LIMITS.fields} items [json-pointer:${path}/fields]`);
          else
            for (const [j, f] of (b.fields as unknown[]).entries())
              checkText(f, `${path}/fields/${j}`, LIMITS.field, errors);
        }
        if (b.accessory !== undefined) checkAccessory(b.accessory, `${path}/accessory`, errors);
        break;
      case "context":
        if (!Array.isArray(b.elements) || b.elements.length === 0 || b.elements.length > LIMITS.context)
          errors.push(`must have 1 to ${LIMITS.context} items [json-pointer:${path}/elements]`);
        else
          for (const [j, e] of (b.elements as unknown[]).entries())
            checkText(e, `${path}/elements/${j}`, 3000, errors);
        break;
      case "divider":
        break;
      default:
        errors.push(`unsupported type: ${String(b.type)} [json-pointer:${path}/type]`);
    }
  }
  return errors;
}

/** Every text of a message, as Slack would parse it for mentions and links. */
export function textsOf(message: { text?: string | undefined; blocks?: Block[] | undefined }): string[] {
  const out: string[] = message.text ? [message.text] : [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== "object") return;
    const o = node as Block;
    if ((o.type === "mrkdwn" || o.type === "plain_text") && typeof o.text === "string") out.push(o.text);
    for (const v of Object.values(o)) if (typeof v === "object") visit(v);
  };
  visit(message.blocks);
  return out;
}

/** What Slack would turn into a mention or a link: `<!channel>`, `<@U1>`, `<#C1>`, `<https://…|…>`. */
export function specialsIn(message: { text?: string | undefined; blocks?: Block[] | undefined }): string[] {
  return textsOf(message).flatMap((t) => t.match(/<[!@#][^>]*>|<(?:https?|mailto):[^>]*>/g) ?? []);
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString("utf8");
  if ((req.headers["content-type"] ?? "").includes("application/json")) return JSON.parse(raw || "{}");
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    out[k] = k === "blocks" ? JSON.parse(v) : v;
  }
  return out;
}

export async function startSlackStub(token = "xoxb-test-token"): Promise<SlackStub> {
  const failures: Failure[] = [];
  let ts = 1_700_000_000;
  const stub: SlackStub = {
    url: "",
    token,
    messages: [],
    requests: [],
    down: false,
    failNext(n, failure) {
      for (let i = 0; i < n; i++) failures.push(failure);
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };

  const server: Server = createServer(async (req, res) => {
    const method = (req.url ?? "").replace(/^\/api\//, "").split("?")[0] ?? "";
    const body = await readBody(req);
    const reply = (status: number, json: Record<string, unknown>, headers: Record<string, string> = {}) => {
      stub.requests.push({ method, at: Date.now(), status, error: json.error as string | undefined });
      res.writeHead(status, { "content-type": "application/json", ...headers });
      res.end(JSON.stringify(json));
    };
    if (stub.down) return reply(500, { ok: false, error: "internal_error" });
    const failure = failures.shift();
    if (failure?.status === 429)
      return reply(429, { ok: false, error: "ratelimited" }, { "retry-after": String(failure.retryAfter) });
    if (failure?.status === 500) return reply(500, { ok: false, error: "internal_error" });

    const auth = req.headers.authorization ?? (body.token ? `Bearer ${body.token}` : "");
    if (auth !== `Bearer ${token}`)
      return reply(200, { ok: false, error: auth ? "invalid_auth" : "not_authed" });
    if (method === "auth.test") return reply(200, { ok: true, user_id: "UBOT", team_id: "T1", team: "Test" });
    if (method !== "chat.postMessage") return reply(200, { ok: false, error: "unknown_method" });

    const { channel, text, blocks, ...args } = body as { channel?: string; text?: string; blocks?: Block[] };
    if (!channel) return reply(200, { ok: false, error: "channel_not_found" });
    if (!text && !blocks) return reply(200, { ok: false, error: "no_text" });
    if (text && text.length > 40_000) return reply(200, { ok: false, error: "msg_too_long" });
    if (blocks !== undefined) {
      const errors = checkBlockKit(blocks);
      if (errors.length > 0)
        return reply(200, {
          ok: false,
          error: "invalid_blocks",
          errors,
          response_metadata: { messages: errors },
        });
    }
    ts += 1;
    const message = { channel, text, blocks, ts: `${ts}.000100`, args };
    stub.messages.push(message);
    return reply(200, { ok: true, channel, ts: message.ts, message: { text, blocks } });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  stub.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`;
  return stub;
}
