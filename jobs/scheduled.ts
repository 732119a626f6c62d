import type { Database } from "../src/db/types";
import type { Logger } from "../src/lib/logger";

export interface ScheduledDeps {
  db: Database;
  env: Record<string, unknown>;
  log: Logger;
  now: Date;
  /** The cron expression that fired, as written in wrangler.toml. */
  cron: string;
}

/**
 * What each cron trigger runs. The jobs themselves are plain functions shared with the CLI; this
 * only maps a trigger to them.
 */
export async function runScheduledJobs(deps: ScheduledDeps): Promise<void> {
  deps.log.info("scheduled trigger", { cron: deps.cron, at: deps.now.toISOString() });
}
