import { sql } from "drizzle-orm";
import type { alerts } from "../../src/db/schema/alerts";
import type { DigestPayload, digests } from "../../src/db/schema/digests";
import { type Database, rowsOf } from "../../src/db/types";
import type { SlackMessage } from "../../src/digest/blocks";
import { postMessage, type SlackClient, SlackDeliveryError } from "../../src/digest/send";
import type { Logger } from "../../src/lib/logger";

/** A recorded message (a digest or an alert) and how to move it along in its table. */
export interface Outgoing {
  id: string;
  message: SlackMessage;
  /** Takes the row for this run; false when another run holds it or it was sent meanwhile. */
  claim(): Promise<boolean>;
  markSent(ts: string): Promise<void>;
  markFailed(error: string): Promise<void>;
}

// How long a run holds a message it is sending; a run that died frees it after this.
const CLAIM = sql`interval '2 minutes'`;

/**
 * A message recorded in `digests` or `alerts` (the two share their delivery columns), moved along
 * with plain SQL so one piece of code serves both tables.
 */
export function recordedMessage(
  db: Database,
  table: typeof digests | typeof alerts,
  row: { id: string; channel: string; payload: DigestPayload },
): Outgoing {
  return {
    id: row.id,
    message: { channel: row.channel, ...row.payload } as SlackMessage,
    async claim() {
      const claimed = await db.execute(sql`
        update ${table} set claimed_until = now() + ${CLAIM}, attempts = attempts + 1
        where id = ${row.id} and status = 'pending' and (claimed_until is null or claimed_until < now())
        returning id`);
      return rowsOf(claimed).length > 0;
    },
    async markSent(ts) {
      await db.execute(sql`
        update ${table} set status = 'sent', slack_ts = ${ts}, sent_at = now(), claimed_until = null,
          last_error = null
        where id = ${row.id}`);
    },
    async markFailed(error) {
      await db.execute(
        sql`update ${table} set last_error = ${error}, claimed_until = null where id = ${row.id}`,
      );
    },
  };
}

export interface DeliveryResult {
  sent: number;
  /** Held by another run. */
  skipped: number;
  /** Messages Slack refused, with its reason; the others still went. */
  rejected: { channel: string; error: string }[];
  /** Set when Slack was unavailable: the rest stayed pending for the next run. */
  unavailable: string | null;
  /** Left pending (failed or not tried). */
  pending: number;
}

export interface DeliveryOptions {
  slack: SlackClient;
  log: Logger;
  /** Epoch milliseconds: no rate-limit wait may end after it. */
  deadline: number;
  sleep?: (ms: number) => Promise<void>;
}

/** Sends the messages in order; stops at the first sign that Slack is down, so the job fails fast. */
export async function deliver(
  outgoing: readonly Outgoing[],
  options: DeliveryOptions,
): Promise<DeliveryResult> {
  const result: DeliveryResult = { sent: 0, skipped: 0, rejected: [], unavailable: null, pending: 0 };
  for (const [i, item] of outgoing.entries()) {
    if (!(await item.claim())) {
      result.skipped++;
      continue;
    }
    try {
      const ts = await postMessage(options.slack, item.message, {
        deadline: options.deadline,
        sleep: options.sleep,
      });
      await item.markSent(ts);
      result.sent++;
      options.log.info("posted to slack", { channel: item.message.channel, ts });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await item.markFailed(message);
      result.pending++;
      if (error instanceof SlackDeliveryError && error.kind === "rejected") {
        result.rejected.push({ channel: item.message.channel, error: message });
        options.log.warn("slack refused a message", { channel: item.message.channel, error: message });
        continue;
      }
      result.unavailable = message;
      result.pending += outgoing.length - i - 1;
      break;
    }
  }
  return result;
}

/** What the digest and alert jobs run with. */
export interface SlackJobDeps {
  db: Database;
  /** Not needed for a dry run. */
  slack: SlackClient | null;
  now: Date;
  log: Logger;
  /** `SLACK_CHANNEL`: where pain points that belong to no team go. */
  defaultChannel: string | null;
  /** Base URL of the API, for links in the messages. */
  publicUrl: string;
  sleep?: (ms: number) => Promise<void>;
}

/** A job failed (Slack unavailable or refusing messages); the summary says what got through. */
export class SlackJobError<Summary> extends Error {
  constructor(
    message: string,
    readonly summary: Summary,
  ) {
    super(message);
    this.name = "SlackJobError";
  }
}

// The whole job must fail within a minute when Slack is down.
const JOB_DEADLINE_MS = 50_000;

/**
 * Sends a job's recorded messages so that no wait ends later than the deadline from `started`, and
 * counts them into the job's summary: sent, and pending (failed, not tried, or held by another run).
 */
export async function deliverForJob(
  outgoing: readonly Outgoing[],
  slack: SlackClient,
  deps: Pick<SlackJobDeps, "log" | "sleep">,
  started: number,
  summary: { sent: number; pending: number },
): Promise<DeliveryResult> {
  const result = await deliver(outgoing, {
    slack,
    log: deps.log,
    deadline: started + JOB_DEADLINE_MS,
    sleep: deps.sleep,
  });
  summary.sent = result.sent;
  summary.pending = result.pending + result.skipped;
  return result;
}

/**
 * Why the job failed, or null when it did not: Slack unavailable (followed by `leftPending`, the
 * job's own words for what stays pending), or every message Slack refused, by channel.
 */
export function deliveryFailure(result: DeliveryResult, leftPending: string): string | null {
  if (result.unavailable) return `${result.unavailable}; ${leftPending}`;
  if (result.rejected.length > 0) return result.rejected.map((r) => `${r.channel}: ${r.error}`).join("; ");
  return null;
}
