import { parseArgs } from "node:util";
import type { Config } from "../config";
import type { DbHandle } from "../db/types";
import type { Logger } from "../lib/logger";

/** What every CLI command gets: parsed configuration, a database opened on first use, the streams. */
export interface CliContext {
  config: Config;
  /** Opens (and migrates) the configured database on first call; closed by the dispatcher. */
  db(): Promise<DbHandle>;
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  log: Logger;
}

export interface CliCommand {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** The full `--help` text: usage line first. */
  help: string;
  run(args: string[], ctx: CliContext): Promise<void>;
}

/** A failure the user caused: printed as one line on stderr, exit code 1 (2 for usage errors). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = "CliError";
  }
}

/** Shared option parsing: unknown options and missing values are usage errors naming the option. */
export function parseOptions<T extends NonNullable<Parameters<typeof parseArgs>[0]>["options"]>(
  args: string[],
  options: T,
) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError((error as Error).message.split("\n")[0] ?? "invalid arguments", 2);
  }
}
