import { loadConfig } from "../config";
import { createDb } from "../db/client";
import type { DbHandle } from "../db/types";
import { createLogger } from "../lib/logger";
import { type CliContext, CliError } from "./command";
import { commands } from "./commands";

/** The command list loads every command, for its summary; running one loads only that one. */
async function usage(): Promise<string> {
  const all = await Promise.all(Object.values(commands).map((load) => load()));
  return `usage: cli <command> [options]

commands:
${all.map((c) => `  ${c.name.padEnd(16)}${c.summary}`).join("\n")}

Every command takes --help. DATABASE_URL selects PostgreSQL; without it the embedded database
under DATA_DIR (default ./.data) is used.`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(`${await usage()}\n`);
    return name ? 0 : 2;
  }
  const load = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!load) throw new CliError(`unknown command "${name}" (try --help)`, 2);
  const command = await load();
  if (rest.includes("--help") || rest.includes("-h")) {
    process.stdout.write(`${command.help.trimEnd()}\n`);
    return 0;
  }
  const config = loadConfig();
  let handle: Promise<DbHandle> | undefined;
  const ctx: CliContext = {
    config,
    db: () => {
      handle ??= createDb({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR }).then(async (h) => {
        await h.migrate();
        return h;
      });
      return handle;
    },
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    log: createLogger(config.LOG_LEVEL === "info" ? "warn" : config.LOG_LEVEL),
  };
  try {
    await command.run(rest, ctx);
  } finally {
    if (handle) await (await handle.catch(() => undefined))?.close();
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`error: ${message.split("\n")[0]}\n`);
    process.exitCode = error instanceof CliError ? error.exitCode : 1;
  },
);
