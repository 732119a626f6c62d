import { and, asc, eq, lt } from "drizzle-orm";
import { digests } from "../src/db/schema/digests";
import type { SlackMessage } from "../src/digest/blocks";
import { parseWindowDays, utcDay } from "../src/digest/window";
import { uuidv7 } from "../src/lib/ids";
import {
  deliverForJob,
  deliveryFailure,
  recordedMessage,
  type SlackJobDeps,
  SlackJobError,
} from "./digest/deliver";
import { planDigests } from "./digest/plan";

export type DigestJobDeps = SlackJobDeps;

export interface DigestJobOptions {
  /** `7d`, or a number of days. */
  window?: string | number;
  dryRun?: boolean;
  /** Pain points per message (default 5). */
  limit?: number;
}

export interface DigestJobSummary {
  window: { days: number; start: string; end: string };
  rankedPainPoints: number;
  unroutedPainPoints: number;
  /** Digests of this run's day: newly recorded, or already recorded by an earlier run. */
  digests: number;
  sent: number;
  alreadySent: number;
  pending: number;
  /** Dry run only: the messages that would be posted. */
  messages?: SlackMessage[];
}

/** The job failed (Slack unavailable or refusing messages); the summary says what got through. */
export class DigestJobError extends SlackJobError<DigestJobSummary> {
  constructor(message: string, summary: DigestJobSummary) {
    super(message, summary);
    this.name = "DigestJobError";
  }
}

/**
 * The digest job: ranks the window ending `now`, routes pain points to teams, records one digest per
 * audience for the day (pending), then posts each and marks it sent with Slack's `ts`. A digest
 * recorded by an earlier run of the same day is not rebuilt: a sent one is skipped, a pending one is
 * sent as recorded. Older pending digests of the same audience and window are superseded.
 */
export async function runDigestJob(
  deps: DigestJobDeps,
  options: DigestJobOptions = {},
): Promise<DigestJobSummary> {
  const started = Date.now();
  const windowDays =
    typeof options.window === "number" ? options.window : parseWindowDays(options.window ?? "7d");
  if (!windowDays) throw new Error(`invalid window "${options.window}": whole days, like 7d (1d to 90d)`);
  const plan = await planDigests(deps.db, {
    now: deps.now,
    windowDays,
    limit: options.limit ?? 5,
    defaultChannel: deps.defaultChannel,
    publicUrl: deps.publicUrl,
  });
  const summary: DigestJobSummary = {
    window: { days: windowDays, start: plan.window.start.toISOString(), end: plan.window.end.toISOString() },
    rankedPainPoints: plan.ranked,
    unroutedPainPoints: plan.unrouted,
    digests: plan.digests.length,
    sent: 0,
    alreadySent: 0,
    pending: 0,
  };
  if (plan.unrouted > 0)
    deps.log.warn("pain points belong to no team and SLACK_CHANNEL is not set", { count: plan.unrouted });
  if (options.dryRun) return { ...summary, messages: plan.digests.map((d) => d.message) };
  if (!deps.slack) throw new Error("no Slack client: set SLACK_BOT_TOKEN");

  const period = utcDay(deps.now);
  for (const d of plan.digests) {
    const { channel, ...payload } = d.message;
    await deps.db
      .insert(digests)
      .values({
        id: uuidv7(),
        audience: d.audience,
        channel,
        windowDays,
        period,
        windowStart: plan.window.start,
        windowEnd: plan.window.end,
        payload,
        painPointIds: d.painPointIds,
      })
      .onConflictDoNothing();
    await deps.db
      .update(digests)
      .set({ status: "superseded", claimedUntil: null })
      .where(
        and(
          eq(digests.audience, d.audience),
          eq(digests.windowDays, windowDays),
          eq(digests.status, "pending"),
          lt(digests.period, period),
        ),
      );
  }
  const rows = await deps.db
    .select()
    .from(digests)
    .where(and(eq(digests.windowDays, windowDays), eq(digests.period, period)))
    .orderBy(asc(digests.createdAt), asc(digests.id));
  summary.digests = rows.length;
  summary.alreadySent = rows.filter((r) => r.status === "sent").length;
  const toSend = rows.filter((r) => r.status === "pending").map((r) => recordedMessage(deps.db, digests, r));
  const result = await deliverForJob(toSend, deps.slack, deps, started, summary);
  deps.log.info(
    `digest: ${result.sent} sent, ${summary.alreadySent} already sent, ${summary.pending} pending`,
    {
      ...summary,
    },
  );
  const failure = deliveryFailure(
    result,
    `${summary.pending} digest(s) left pending, the next run sends them`,
  );
  if (failure) throw new DigestJobError(failure, summary);
  return summary;
}
