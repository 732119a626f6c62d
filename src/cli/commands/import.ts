import { existsSync } from "node:fs";
import { importFile } from "../../services/import/run";
import type { CliCommand } from "../command";
import { CliError, parseOptions } from "../command";

const MAX_LISTED_REJECTS = 20;

export const importCommand: CliCommand = {
  name: "import",
  summary: "bulk-load feedback from a JSONL or CSV file",
  help: `usage: cli import FILE [--format jsonl|csv]

Loads feedback items from FILE: JSON Lines (one object per line) or CSV with a header row, the
fields as in POST /v1/feedback. CSV columns: channel, text, source, externalId, customerId,
customerEmail (or email), customerName (or name), rating, createdAt, lang, metadata (JSON); any
other column is kept in metadata. The format follows the file name (.csv is CSV, anything else
JSONL) unless --format says otherwise.

Idempotent: an item whose (channel, source, externalId) is stored already is counted as a
duplicate; items without externalId get one derived from their content, so importing a file twice
stores nothing twice. Invalid lines are skipped and listed with their line number and reason.
Progress goes to stderr on a terminal; the summary line is the last line of stdout.`,
  async run(args, ctx) {
    const { values, positionals } = parseOptions(args, { format: { type: "string" } });
    const [path] = positionals;
    if (!path) throw new CliError("import needs a FILE (try --help)", 2);
    if (!existsSync(path)) throw new CliError(`no such file: ${path}`);
    const format = values.format;
    if (format !== undefined && format !== "jsonl" && format !== "csv") {
      throw new CliError("--format must be jsonl or csv", 2);
    }
    const tty = Boolean(ctx.stderr.isTTY);
    let lastDraw = 0;
    const summary = await importFile((await ctx.db()).db, path, {
      format,
      onProgress: (read, total, lines) => {
        if (!tty || Date.now() - lastDraw < 100) return;
        lastDraw = Date.now();
        const pct = total > 0 ? Math.floor((100 * read) / total) : 100;
        ctx.stderr.write(`\rimporting ${path}: ${pct}% (${lines.toLocaleString("en")} lines)`);
      },
    }).catch((error: unknown) => {
      throw new CliError(`import failed: ${(error as Error).message}`);
    });
    if (tty) ctx.stderr.write("\r\x1b[K");
    for (const { line, reason } of summary.rejected.slice(0, MAX_LISTED_REJECTS)) {
      ctx.stderr.write(`line ${line}: ${reason}\n`);
    }
    if (summary.rejected.length > MAX_LISTED_REJECTS) {
      ctx.stderr.write(`... and ${summary.rejected.length - MAX_LISTED_REJECTS} more rejected lines\n`);
    }
    const lines = summary.rejected.map((r) => r.line);
    const listed = lines.length > 50 ? `${lines.slice(0, 50).join(", ")}, ...` : lines.join(", ");
    ctx.stdout.write(
      `imported ${summary.imported}, duplicates ${summary.duplicates}, rejected ${summary.rejected.length}${
        lines.length ? ` (lines ${listed})` : ""
      }\n`,
    );
  },
};
