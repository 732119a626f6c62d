import type { CliCommand } from "../command";
import { parseOptions } from "../command";

export const migrateCommand: CliCommand = {
  name: "migrate",
  summary: "apply pending database migrations (idempotent)",
  help: `usage: cli migrate

Applies the migrations in drizzle/ that the database has not seen yet. Running it again does nothing.`,
  async run(args, ctx) {
    parseOptions(args, {});
    const handle = await ctx.db();
    ctx.stderr.write(`migrations applied (${handle.kind})\n`);
  },
};
