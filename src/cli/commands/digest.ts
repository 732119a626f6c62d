import { DigestJobError, runDigestJob } from "../../../jobs/digest";
import { publicUrlOf } from "../../digest/public-url";
import { slackClientOf } from "../../digest/send";
import { parseWindowDays } from "../../digest/window";
import type { CliCommand, CliContext } from "../command";
import { CliError, parseOptions } from "../command";

/** `--now` as an instant; a usage error otherwise. */
export function parseNow(value: string | undefined): Date {
  if (value === undefined) return new Date();
  const now = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(now.getTime()))
    throw new CliError(`--now must be an ISO-8601 date or instant, not "${value}"`, 2);
  return now;
}

/**
 * What the Slack jobs need from the CLI's context: the database, a Slack client (none on a dry run,
 * which needs no token), the default channel and the link base.
 */
export async function slackJobDeps(ctx: CliContext, now: Date, dryRun: boolean) {
  const { config } = ctx;
  if (!dryRun && !config.SLACK_BOT_TOKEN) throw new CliError("SLACK_BOT_TOKEN is not set (or use --dry-run)");
  return {
    db: (await ctx.db()).db,
    slack: dryRun ? null : slackClientOf(config, ctx.log),
    now,
    log: ctx.log,
    defaultChannel: config.SLACK_CHANNEL ?? (dryRun ? "SLACK_CHANNEL" : null),
    publicUrl: publicUrlOf(config),
  };
}

export const digestCommand: CliCommand = {
  name: "digest",
  summary: "post the top pain points of the week to each team's Slack channel",
  help: `usage: cli digest [--window 7d] [--now ISO-8601] [--dry-run] [--limit N]

Ranks pain points over the window ending now (default 7 days) against the window before, routes
them to teams (tags and pain points they own; the rest to SLACK_CHANNEL) and posts one message per
channel with the top pain points. Each digest is recorded before it is sent: a second run the same
day sends nothing, and a digest that could not be sent is sent by the next run (a later day's
run sends that day's digest instead). Exits 1 when Slack is unavailable or refuses a message.

--window SPAN   days or weeks in the window: 7d, 14d, 2w (1 to 90 days; default 7d)
--now TIME      the end of the window (default: now)
--dry-run       print the messages (Block Kit JSON) on stdout; send and record nothing
--limit N       pain points per message, 1 to 10 (default 5)

SLACK_BOT_TOKEN, SLACK_CHANNEL, SLACK_API_URL and PUBLIC_URL (link base) come from the environment.`,
  async run(args, ctx) {
    const { values } = parseOptions(args, {
      window: { type: "string", default: "7d" },
      now: { type: "string" },
      "dry-run": { type: "boolean", default: false },
      limit: { type: "string", default: "5" },
    });
    const windowDays = parseWindowDays(values.window);
    if (!windowDays) throw new CliError("--window must be days or weeks from 1d to 90d, like 7d or 2w", 2);
    const limit = Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 10) throw new CliError("--limit must be 1 to 10", 2);
    const now = parseNow(values.now);
    const dryRun = values["dry-run"];
    const deps = await slackJobDeps(ctx, now, dryRun);
    try {
      const summary = await runDigestJob(deps, { window: windowDays, dryRun, limit });
      if (dryRun) {
        ctx.stdout.write(`${JSON.stringify(summary.messages ?? [], null, 2)}\n`);
        ctx.stderr.write(
          `dry run: ${summary.messages?.length ?? 0} message(s) from ${summary.rankedPainPoints} ranked pain points, nothing sent\n`,
        );
        return;
      }
      ctx.stderr.write(
        `digest: ${summary.sent} sent, ${summary.alreadySent} already sent, ${summary.pending} pending (${summary.window.days} days to ${summary.window.end})\n`,
      );
      if (summary.rankedPainPoints === 0)
        ctx.stderr.write("digest: no pain points with feedback in the window\n");
      if (summary.unroutedPainPoints > 0)
        throw new CliError(
          `${summary.unroutedPainPoints} pain point(s) belong to no team and SLACK_CHANNEL is not set: they were not posted`,
        );
    } catch (error) {
      if (error instanceof DigestJobError) throw new CliError(`digest failed: ${error.message}`);
      throw error;
    }
  },
};
