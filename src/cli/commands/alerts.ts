import { AlertJobError, runAlertJob } from "../../../jobs/alerts";
import type { CliCommand } from "../command";
import { CliError, parseOptions } from "../command";
import { parseNow, slackJobDeps } from "./digest";

export const alertsCommand: CliCommand = {
  name: "alerts",
  summary: "alert teams in Slack about pain points spiking in the last 24 hours",
  help: `usage: cli alerts [--now ISO-8601] [--dry-run]

Compares each pain point's last 24 hours with its previous 14 days. One well above its baseline
(at least 5 items, z-score 3 or more, at least twice the daily mean) gets one short message in its
team's channel (or SLACK_CHANNEL), then stays quiet there for 72 hours. Run it hourly or daily.

--now TIME      the end of the last 24 hours (default: now)
--dry-run       print the messages (Block Kit JSON) on stdout; send and record nothing`,
  async run(args, ctx) {
    const { values } = parseOptions(args, {
      now: { type: "string" },
      "dry-run": { type: "boolean", default: false },
    });
    const now = parseNow(values.now);
    const dryRun = values["dry-run"];
    try {
      const summary = await runAlertJob(await slackJobDeps(ctx, now, dryRun), { dryRun });
      if (dryRun) ctx.stdout.write(`${JSON.stringify(summary.messages ?? [], null, 2)}\n`);
      ctx.stderr.write(
        `alerts: ${summary.spikes} spike(s), ${summary.sent} sent, ${summary.suppressed} in cooldown, ${summary.pending} pending${dryRun ? " (dry run)" : ""}\n`,
      );
    } catch (error) {
      if (error instanceof AlertJobError) throw new CliError(`alerts failed: ${error.message}`);
      throw error;
    }
  },
};
