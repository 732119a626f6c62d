import { and, asc, eq, gte, inArray } from "drizzle-orm";
import { alerts } from "../src/db/schema/alerts";
import { buildAlertMessage, type SlackMessage } from "../src/digest/blocks";
import { DEFAULT_SPIKE_OPTIONS, detectSpikes, type SpikeOptions } from "../src/digest/spikes";
import { utcDay, windowEndingAt } from "../src/digest/window";
import { uuidv7 } from "../src/lib/ids";
import { quotesFor } from "../src/services/ranking/rank-window";
import { loadDailyCounts, loadTagCounts } from "../src/services/ranking/stats";
import { routesOf } from "../src/services/teams/routing";
import { listTeams } from "../src/services/teams/teams";
import {
  deliverForJob,
  deliveryFailure,
  recordedMessage,
  type SlackJobDeps,
  SlackJobError,
} from "./digest/deliver";

export type AlertJobDeps = SlackJobDeps;

export interface AlertJobOptions {
  dryRun?: boolean;
  /** Days of baseline the last 24 hours are compared with (default 14). */
  baselineDays?: number;
  /** After an alert, the same pain point stays quiet in the same channel this long (default 72 h). */
  cooldownHours?: number;
  spike?: SpikeOptions;
}

export interface AlertJobSummary {
  spikes: number;
  /** Alerts recorded by this run. */
  recorded: number;
  /** Spikes not alerted again because of the cooldown. */
  suppressed: number;
  sent: number;
  pending: number;
  messages?: SlackMessage[];
}

/** The job failed (Slack unavailable or refusing messages); the summary says what got through. */
export class AlertJobError extends SlackJobError<AlertJobSummary> {
  constructor(message: string, summary: AlertJobSummary) {
    super(message, summary);
    this.name = "AlertJobError";
  }
}

const DAY_MS = 86_400_000;

/**
 * The spike alert job (run it hourly or daily): a pain point whose last 24 hours are well above its
 * baseline gets one short message in each channel it routes to, then stays quiet there for the
 * cooldown, so the same spike never alerts twice. Alerts are recorded before sending; pending ones
 * from the last 24 hours are sent by the next run.
 */
export async function runAlertJob(
  deps: AlertJobDeps,
  options: AlertJobOptions = {},
): Promise<AlertJobSummary> {
  const started = Date.now();
  const { db, now } = deps;
  const cooldownMs = (options.cooldownHours ?? 72) * 3_600_000;
  const counts = await loadDailyCounts(db, now, options.baselineDays ?? 14);
  const spikes = detectSpikes(counts, options.spike ?? DEFAULT_SPIKE_OPTIONS);
  const summary: AlertJobSummary = { spikes: spikes.length, recorded: 0, suppressed: 0, sent: 0, pending: 0 };
  if (spikes.length === 0 && options.dryRun) return { ...summary, messages: [] };

  const messages: SlackMessage[] = [];
  if (spikes.length > 0) {
    const ids = spikes.map((s) => s.painPointId);
    const [teams, tagCounts, quotes, recent] = await Promise.all([
      listTeams(db),
      loadTagCounts(db, windowEndingAt(now, 7)),
      quotesFor(db, ids, windowEndingAt(now, 1), 1),
      db
        .select({ painPointId: alerts.painPointId, audience: alerts.audience })
        .from(alerts)
        .where(
          and(inArray(alerts.painPointId, ids), gte(alerts.detectedAt, new Date(now.getTime() - cooldownMs))),
        ),
    ]);
    // Alerted within the cooldown, as `painPointId|audience`.
    const cooling = new Set(recent.map((r) => `${r.painPointId}|${r.audience}`));
    for (const spike of spikes) {
      for (const target of routesOf(spike.painPointId, teams, tagCounts, deps.defaultChannel)) {
        if (cooling.has(`${spike.painPointId}|${target.audience}`)) {
          summary.suppressed++;
          continue;
        }
        const message = buildAlertMessage({
          channel: target.channel,
          painPoint: { id: spike.painPointId, label: spike.label },
          count: spike.count,
          baseline: spike.mean,
          customers: spike.customers,
          quote: quotes.get(spike.painPointId)?.[0] ?? null,
          publicUrl: deps.publicUrl,
        });
        messages.push(message);
        if (options.dryRun) continue;
        const { channel, ...payload } = message;
        const inserted = await db
          .insert(alerts)
          .values({
            id: uuidv7(),
            painPointId: spike.painPointId,
            audience: target.audience,
            channel,
            count: spike.count,
            baseline: spike.mean,
            zScore: spike.zScore,
            payload,
            period: utcDay(now),
            detectedAt: now,
          })
          .onConflictDoNothing()
          .returning({ id: alerts.id });
        summary.recorded += inserted.length;
      }
    }
  }
  if (options.dryRun) return { ...summary, messages };
  if (!deps.slack) throw new Error("no Slack client: set SLACK_BOT_TOKEN");

  const pending = await db
    .select()
    .from(alerts)
    .where(and(eq(alerts.status, "pending"), gte(alerts.detectedAt, new Date(now.getTime() - DAY_MS))))
    .orderBy(asc(alerts.detectedAt), asc(alerts.id));
  const result = await deliverForJob(
    pending.map((row) => recordedMessage(db, alerts, row)),
    deps.slack,
    deps,
    started,
    summary,
  );
  deps.log.info(`alerts: ${summary.spikes} spikes, ${summary.sent} sent, ${summary.suppressed} in cooldown`, {
    ...summary,
  });
  const failure = deliveryFailure(result, `${summary.pending} alert(s) left pending`);
  if (failure) throw new AlertJobError(failure, summary);
  return summary;
}
