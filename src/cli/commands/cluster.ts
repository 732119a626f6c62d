import { createReadStream } from "node:fs";
import { writeFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import { ClusterInputError, clusterDocuments } from "../../cluster";
import {
  formatAssignments,
  formatSummary,
  type OfflineDocument,
  parseOfflineLine,
} from "../../cluster/offline";
import { plural } from "../../lib/plural";
import type { CliCommand, CliContext } from "../command";
import { CliError, parseOptions } from "../command";

function parseK(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new CliError("--k must be a positive integer", 2);
  return Number(raw);
}

/** Progress on a terminal only: a single line redrawn at most ten times a second. */
function progressLine(ctx: CliContext) {
  if (!ctx.stderr.isTTY) return { update: undefined, clear: () => {} };
  let last = 0;
  return {
    update: (stage: string, done: number, total: number) => {
      if (Date.now() - last < 100 && done < total) return;
      last = Date.now();
      const pct = total > 0 ? Math.floor((100 * done) / total) : 0;
      ctx.stderr.write(`\r\x1b[Kclustering: ${stage} ${pct}%`);
    },
    clear: () => ctx.stderr.write("\r\x1b[K"),
  };
}

/** The input file, line by line: a large export never sits in memory twice. */
async function readInput(input: string): Promise<OfflineDocument[]> {
  const stream = createReadStream(input, { encoding: "utf8" });
  const opened = new Promise<void>((resolve, reject) => {
    stream.once("open", () => resolve());
    stream.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        new CliError(
          error.code === "ENOENT" ? `no such file: ${input}` : `cannot read ${input}: ${error.message}`,
        ),
      ),
    );
  });
  await opened;
  const docs: OfflineDocument[] = [];
  let lineNumber = 0;
  for await (const line of createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY })) {
    lineNumber++;
    const doc = parseOfflineLine(line, lineNumber, docs.length);
    if (doc) docs.push(doc);
  }
  return docs;
}

async function clusterFile(
  ctx: CliContext,
  input: string,
  k: number | undefined,
  out: string | undefined,
  seed: number,
) {
  const started = performance.now();
  const progress = progressLine(ctx);
  try {
    const docs = await readInput(input);
    const result = clusterDocuments(docs, { k, seed, onProgress: progress.update });
    progress.clear();
    const lines = formatAssignments(docs, result.assignments);
    if (out) await writeFile(out, lines);
    else ctx.stdout.write(lines);
    ctx.stderr.write(formatSummary(docs, result, (performance.now() - started) / 1000));
  } catch (error) {
    progress.clear();
    if (error instanceof ClusterInputError) throw new CliError(`${input}: ${error.message}`);
    throw error;
  }
}

export const clusterCommand: CliCommand = {
  name: "cluster",
  summary: "cluster feedback into pain points (the database job, or a JSONL file offline)",
  help: `usage: cli cluster [--k N] [--seed N]
       cli cluster --input FILE.jsonl [--k N] [--out FILE] [--seed N]

Without --input: the clustering job over the database. It (re)builds the pain points, keeping the
ids of those that continue, assigns every feedback item and prints a summary line.

With --input: offline, touches no database. FILE has one JSON object per line:
{"text": ..., "id"?: ..., "lang"?: ...}. Prints (or writes to --out) one line per input line, in
input order: {"id": <the input id, else the 0-based index of the line among non-blank lines>,
"cluster": <integer; -1 = outlier, an item with nothing to cluster on>}. A summary (clusters, sizes,
labels) goes to stderr.

  --k N      exactly N clusters; without it the number is chosen from the data, about one
             cluster per 15-50 messages whatever the number of topics: give N when you know it
  --seed N   the seed of the random choices: same input and seed, same clusters (default 1
             offline; the job's own default over the database)`,
  async run(args, ctx) {
    const { values, positionals } = parseOptions(args, {
      input: { type: "string" },
      k: { type: "string" },
      out: { type: "string" },
      seed: { type: "string" },
    });
    if (positionals.length) throw new CliError(`unexpected argument "${positionals[0]}" (try --help)`, 2);
    const k = parseK(values.k);
    const seed = values.seed === undefined ? undefined : Number(values.seed);
    if (seed !== undefined && !Number.isInteger(seed)) throw new CliError("--seed must be an integer", 2);
    if (values.input !== undefined) return clusterFile(ctx, values.input, k, values.out, seed ?? 1);
    if (values.out !== undefined) throw new CliError("--out needs --input", 2);
    await runDatabaseJob(ctx, k, seed);
  },
};

/** The database job; loaded on demand so the offline path never loads the database code. */
async function runDatabaseJob(ctx: CliContext, k: number | undefined, seed: number | undefined) {
  const { runClusterJob } = await import("../../../jobs/cluster");
  const progress = progressLine(ctx);
  const summary = await runClusterJob(
    {
      db: (await ctx.db()).db,
      now: new Date(),
      log: ctx.log,
      ...(progress.update ? { progress: progress.update } : {}),
    },
    { ...(k !== undefined ? { k } : {}), ...(seed !== undefined ? { seed } : {}) },
  ).finally(progress.clear);
  const count = (label: string, list: unknown[]) => (list.length ? `, ${list.length} ${label}` : "");
  ctx.stdout.write(
    `clustered ${plural(summary.items, "item", "items")} into ${plural(summary.painPoints, "pain point", "pain points")} ` +
      `(${plural(summary.outliers, "outlier", "outliers")}) in ${(summary.durationMs / 1000).toFixed(1)} s: ${summary.kept} kept` +
      `${count("new", summary.new)}${count("grown", summary.grown)}${count("shrunk", summary.shrunk)}` +
      `${count("merged", summary.merged)}${count("split", summary.split)}${count("retired", summary.retired)}\n`,
  );
}
