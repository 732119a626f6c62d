import type { KnownBlock, SectionBlock } from "@slack/web-api";
import type { Channel } from "../db/schema/feedback";
import type { QuoteCandidate } from "./quotes";
import type { RankedPainPoint } from "./rank";
import { cutText, escapeAndCut, safeText } from "./safety";

/** Slack's Block Kit limits (https://api.slack.com/reference/block-kit). */
export const SLACK_LIMITS = {
  blocks: 50,
  headerText: 150,
  sectionText: 3000,
  fields: 10,
  fieldText: 2000,
  contextElements: 10,
  buttonText: 75,
  url: 3000,
  // Slack truncates `text` at 40,000 characters; notifications show far less.
  fallbackText: 3000,
} as const;

// Our own budgets for customer text, well inside the limits above.
const LABEL_MAX = 200;
const QUOTE_MAX = 300;
export const MAX_DIGEST_ITEMS = 10;

export interface SlackMessage {
  channel: string;
  text: string;
  blocks: KnownBlock[];
}

export interface DigestItem {
  painPoint: RankedPainPoint;
  quotes: QuoteCandidate[];
}

export interface DigestInput {
  channel: string;
  /** The team the digest is for; null for the default channel. */
  teamName: string | null;
  windowDays: number;
  windowEnd: Date;
  /** Ranked pain points of this channel, best first; the first `limit` are shown. */
  items: DigestItem[];
  /** Base URL of the API, for links. */
  publicUrl: string;
  limit?: number;
}

const CHANNEL_NAMES: Record<Channel, string> = { ticket: "tickets", form: "forms", social: "social" };

function formatNumber(n: number): string {
  return n.toLocaleString("en-US");
}

function formatDay(date: Date): string {
  return date.toLocaleDateString("en-GB", {
    weekday: "short",
    day: "numeric",
    month: "short",
    timeZone: "UTC",
  });
}

export function channelMix(channels: Partial<Record<Channel, number>>): string {
  return (Object.entries(channels) as [Channel, number][])
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([c, n]) => `${CHANNEL_NAMES[c] ?? c} ${formatNumber(n)}`)
    .join(" · ");
}

export function painPointUrl(publicUrl: string, id: string, windowDays: number): string {
  return `${publicUrl.replace(/\/+$/, "")}/v1/pain-points/${encodeURIComponent(id)}?window=${windowDays}d`;
}

function quoteLine(q: QuoteCandidate): string {
  const meta = [CHANNEL_NAMES[q.channel] ?? q.channel, q.lang].filter(Boolean).join(", ");
  // The isolate in the quote keeps right-to-left words in order; the meta stays outside it.
  return `>${safeText(q.text, QUOTE_MAX)}\n>_${escapeAndCut(meta, 40)}_`;
}

function painPointBlocks(item: DigestItem, input: DigestInput): KnownBlock[] {
  const p = item.painPoint;
  const url = painPointUrl(input.publicUrl, p.id, input.windowDays);
  const title: SectionBlock = {
    type: "section",
    text: {
      type: "mrkdwn",
      text: `*${p.rank}. ${safeText(p.label, LABEL_MAX)}*\n${escapeAndCut(p.reasons.join(" · "), 500)}`,
      verbatim: true,
    },
  };
  if (url.length <= SLACK_LIMITS.url) {
    title.accessory = { type: "button", text: { type: "plain_text", text: "Details" }, url };
  }
  const fields = [
    `*Feedback*\n${formatNumber(p.count)} (was ${formatNumber(p.previousCount)})`,
    `*Customers*\n${formatNumber(p.customers)} · ${formatNumber(p.atRiskCustomers)} at risk`,
    `*Channels*\n${escapeAndCut(channelMix(p.channels), 500)}`,
  ];
  if (p.stars !== null) fields.push(`*Rating*\n★${p.stars.toFixed(1)} (${formatNumber(p.ratedCount)} rated)`);
  const blocks: KnownBlock[] = [
    title,
    { type: "section", fields: fields.map((text) => ({ type: "mrkdwn", text, verbatim: true })) },
  ];
  if (item.quotes.length > 0) {
    blocks.push({
      type: "section",
      text: { type: "mrkdwn", text: item.quotes.slice(0, 2).map(quoteLine).join("\n"), verbatim: true },
    });
  }
  return blocks;
}

function fallbackText(shown: DigestItem[], heading: string): string {
  const lines = shown.map(
    (i) =>
      `${i.painPoint.rank}. ${safeText(i.painPoint.label, LABEL_MAX)} (${i.painPoint.reasons.join(" · ")})`,
  );
  const text = escapeAndCut(heading, SLACK_LIMITS.headerText);
  let out = `${text}: `;
  for (const line of lines) {
    if (out.length + line.length + 2 > SLACK_LIMITS.fallbackText) break;
    out += `${line}; `;
  }
  return out.replace(/; $/, "");
}

/** One Slack message with the top pain points of a channel, within Slack's limits whatever the data. */
export function buildDigestMessage(input: DigestInput): SlackMessage {
  const limit = Math.max(1, Math.min(MAX_DIGEST_ITEMS, input.limit ?? 5));
  const shown = input.items.slice(0, limit);
  const period = input.windowDays === 7 ? "this week" : `the last ${input.windowDays} days`;
  const heading = input.teamName
    ? `Top pain points ${period} · ${input.teamName}`
    : `Top pain points ${period}`;
  const blocks: KnownBlock[] = [
    { type: "header", text: { type: "plain_text", text: cutText(heading, SLACK_LIMITS.headerText) } },
    {
      type: "context",
      elements: [
        {
          type: "mrkdwn",
          text: `${input.windowDays} days to ${formatDay(input.windowEnd)}, compared with the ${input.windowDays} days before · top ${shown.length} of ${formatNumber(input.items.length)} pain points`,
        },
      ],
    },
  ];
  for (const item of shown) {
    const more = painPointBlocks(item, input);
    // Header, context, items, divider and footer: the footer's two blocks are always kept free.
    if (blocks.length + more.length + 1 + 2 > SLACK_LIMITS.blocks) break;
    blocks.push({ type: "divider" }, ...more);
  }
  const listUrl = `${input.publicUrl.replace(/\/+$/, "")}/v1/pain-points?window=${input.windowDays}d`;
  blocks.push(
    { type: "divider" },
    {
      type: "context",
      elements: [
        {
          type: "mrkdwn",
          text: `Ranked by growth, customers affected, customers at risk (two or more complaints or low ratings in the window), ratings and reach · <${listUrl}|All pain points>`,
        },
      ],
    },
  );
  return { channel: input.channel, text: fallbackText(shown, heading), blocks };
}

export interface AlertInput {
  channel: string;
  painPoint: { id: string; label: string };
  /** Feedback in the last 24 hours. */
  count: number;
  /** Mean daily feedback over the baseline days. */
  baseline: number;
  customers: number;
  quote: QuoteCandidate | null;
  publicUrl: string;
}

/** A short message: a pain point spiked today. */
export function buildAlertMessage(input: AlertInput): SlackMessage {
  const label = safeText(input.painPoint.label, LABEL_MAX);
  const usual =
    input.baseline < 1 ? "under 1 a day" : `about ${formatNumber(Math.round(input.baseline))} a day`;
  const summary = `${formatNumber(input.count)} reports in the last 24 hours (usually ${usual}) · ${formatNumber(input.customers)} customers`;
  const url = painPointUrl(input.publicUrl, input.painPoint.id, 1);
  const section: SectionBlock = {
    type: "section",
    text: { type: "mrkdwn", text: `:rotating_light: *Spike: ${label}*\n${summary}`, verbatim: true },
  };
  if (url.length <= SLACK_LIMITS.url) {
    section.accessory = { type: "button", text: { type: "plain_text", text: "Details" }, url };
  }
  const blocks: KnownBlock[] = [section];
  if (input.quote) {
    blocks.push({
      type: "context",
      elements: [{ type: "mrkdwn", text: quoteLine(input.quote), verbatim: true }],
    });
  }
  return { channel: input.channel, text: `Spike: ${label}: ${summary}`, blocks };
}
