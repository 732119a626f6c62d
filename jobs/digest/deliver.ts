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
