import { loadConfig } from "../src/config";
import type { Database } from "../src/db/types";
import { publicUrlOf } from "../src/digest/public-url";
import { slackClientOf } from "../src/digest/send";
import type { Logger } from "../src/lib/logger";
import { runAlertJob } from "./alerts";
import { assignNewFeedback, runClusterJob } from "./cluster";
import { runDigestJob } from "./digest";

export interface ScheduledDeps {
  db: Database;
  /** The Worker's environment (variables and secrets): Slack settings and PUBLIC_URL. */
  env: Record<string, unknown>;
  log: Logger;
  now: Date;
  /** The cron expression that fired, as written in wrangler.toml. */
  cron: string;
}

/** The cron expressions of wrangler.toml and what each runs. */
export const SCHEDULE = {
  frequent: "*/15 * * * *",
  nightly: "0 3 * * *",
  weekly: "0 8 * * 1",
} as const;

/**
 * What each cron trigger runs. The jobs are the plain functions the CLI runs too; this only maps a
 * trigger to them: new feedback into existing pain points and spike alerts every 15 minutes, a
 * full re-clustering nightly, the weekly digest on Monday morning.
 */
export async function runScheduledJobs(deps: ScheduledDeps): Promise<Record<string, unknown>> {
  const { db, log, now, cron } = deps;
  const strings = Object.fromEntries(
    Object.entries(deps.env).filter(([, v]) => typeof v === "string"),
  ) as Record<string, string>;
  const config = loadConfig(strings);
  const slack = slackClientOf(config, log);
  const slackDeps = {
    db,
    slack,
    now,
    log,
    defaultChannel: config.SLACK_CHANNEL ?? null,
    publicUrl: publicUrlOf(config),
  };
  const done: Record<string, unknown> = {};
  switch (cron) {
    case SCHEDULE.frequent:
      done.assign = await assignNewFeedback({ db, now, log });
      if (slack) done.alerts = await runAlertJob(slackDeps);
      break;
    case SCHEDULE.nightly:
      done.cluster = await runClusterJob({ db, now, log });
      break;
    case SCHEDULE.weekly:
      if (slack) done.digest = await runDigestJob(slackDeps, { window: 7 });
      else log.warn("weekly digest skipped: SLACK_BOT_TOKEN is not set");
      break;
    default:
      log.warn("no job for this cron trigger", { cron });
  }
  log.info("scheduled jobs done", { cron, ...done });
  return done;
}
