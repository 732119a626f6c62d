import {
  ErrorCode,
  LogLevel,
  type RetryOptions,
  type Logger as SlackLogger,
  type WebAPICallError,
  WebClient,
} from "@slack/web-api";
import type { Logger } from "../lib/logger";
import type { SlackMessage } from "./blocks";

/** The part of the Slack client the jobs use. */
export type SlackClient = Pick<WebClient, "chat">;

/**
 * Retries on 5xx and network errors: 4 attempts, 1 + 2 + 4 s apart, each cut at 7 s, so even a Slack
 * that accepts connections and never answers fails a send in at most ~35 s, and the job (which stops
 * at the first such failure) well within a minute. Rate limits are handled by `postMessage`.
 */
export const SLACK_RETRY: RetryOptions = {
  retries: 3,
  factor: 2,
  minTimeout: 1000,
  maxTimeout: 4000,
  randomize: false,
};
export const SLACK_TIMEOUT_MS = 7_000;

export interface SlackClientOptions {
  token: string | undefined;
  apiUrl?: string | undefined;
  log: Logger;
  retryConfig?: RetryOptions;
  timeoutMs?: number;
}

/** Slack's own logger would write to stdout, which is data for the CLI: route it to ours. */
function slackLogger(log: Logger): SlackLogger {
  let level = LogLevel.WARN;
  const text = (msg: unknown[]) => msg.map(String).join(" ");
  return {
    debug: (...msg) => log.debug(`slack: ${text(msg)}`),
    info: (...msg) => log.debug(`slack: ${text(msg)}`),
    warn: (...msg) => log.debug(`slack: ${text(msg)}`),
    error: (...msg) => log.warn(`slack: ${text(msg)}`),
    setLevel: (l) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => {},
  };
}

export function createSlackClient(options: SlackClientOptions): WebClient {
  return new WebClient(options.token, {
    ...(options.apiUrl ? { slackApiUrl: options.apiUrl.replace(/\/?$/, "/") } : {}),
    retryConfig: options.retryConfig ?? SLACK_RETRY,
    timeout: options.timeoutMs ?? SLACK_TIMEOUT_MS,
    // We wait out rate limits ourselves, to keep within the job's deadline.
    rejectRateLimitedCalls: true,
    logger: slackLogger(options.log),
  });
}

/** The Slack client the configuration asks for; null without `SLACK_BOT_TOKEN`. */
export function slackClientOf(
  config: { SLACK_BOT_TOKEN?: string | undefined; SLACK_API_URL?: string | undefined },
  log: Logger,
): WebClient | null {
  return config.SLACK_BOT_TOKEN
    ? createSlackClient({ token: config.SLACK_BOT_TOKEN, apiUrl: config.SLACK_API_URL, log })
    : null;
}

/**
 * Why a message did not go out. `unavailable`: Slack did not answer (outage, network) or asked us to
 * wait past the deadline; later runs will try again. `rejected`: Slack refused this message (bad
 * channel, bad token, invalid blocks); other messages may still go.
 */
export class SlackDeliveryError extends Error {
  constructor(
    readonly kind: "unavailable" | "rejected",
    message: string,
  ) {
    super(message);
    this.name = "SlackDeliveryError";
  }
}

export interface PostOptions {
  /** Epoch milliseconds after which we stop waiting for rate limits. */
  deadline: number;
  sleep?: (ms: number) => Promise<void>;
  clock?: () => number;
}

const MAX_RATE_LIMIT_WAITS = 5;
const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function describe(error: WebAPICallError): SlackDeliveryError {
  switch (error.code) {
    case ErrorCode.PlatformError: {
      const detail = (error.data as { errors?: string[] }).errors?.slice(0, 3).join("; ");
      return new SlackDeliveryError(
        "rejected",
        `Slack refused the message: ${error.data.error}${detail ? ` (${detail})` : ""}`,
      );
    }
    case ErrorCode.HTTPError:
      return new SlackDeliveryError(
        "unavailable",
        `Slack is unavailable: HTTP ${error.statusCode} after retries`,
      );
    case ErrorCode.RequestError:
      return new SlackDeliveryError("unavailable", `Slack is unreachable: ${error.original.message}`);
    default:
      return new SlackDeliveryError(
        "unavailable",
        `Slack rate limit: asked to retry after ${error.retryAfter} s`,
      );
  }
}

/** Posts one message and answers Slack's `ts`; waits out 429s (Retry-After) while the deadline allows. */
export async function postMessage(
  slack: SlackClient,
  message: SlackMessage,
  options: PostOptions,
): Promise<string> {
  const sleep = options.sleep ?? defaultSleep;
  const clock = options.clock ?? Date.now;
  for (let waits = 0; ; waits++) {
    try {
      const result = await slack.chat.postMessage({
        channel: message.channel,
        text: message.text,
        blocks: message.blocks,
        // Nothing in a digest should turn into a mention, a channel link or a preview.
        parse: "none",
        link_names: false,
        unfurl_links: false,
        unfurl_media: false,
      });
      return result.ts ?? "";
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (!Object.values(ErrorCode).includes(code as ErrorCode)) throw error;
      const slackError = error as WebAPICallError;
      if (slackError.code === ErrorCode.RateLimitedError && waits < MAX_RATE_LIMIT_WAITS) {
        const waitMs = Math.max(1, slackError.retryAfter) * 1000;
        if (clock() + waitMs <= options.deadline) {
          await sleep(waitMs);
          continue;
        }
      }
      throw describe(slackError);
    }
  }
}
