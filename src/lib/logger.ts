import type { LogLevel } from "../config";

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

/**
 * JSON lines. Lines are buffered and written once per event-loop turn: under load a write per
 * request would cost a system call each.
 */
export function createLogger(
  level: LogLevel = "info",
  write: (chunk: string) => void = (chunk) => process.stderr.write(chunk),
): Logger {
  let buffer = "";
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    const chunk = buffer;
    buffer = "";
    if (chunk) write(chunk);
  };
  const log = (lvl: LogLevel, msg: string, fields?: Record<string, unknown>) => {
    if (ORDER[lvl] < ORDER[level]) return;
    buffer += `${JSON.stringify({ time: new Date().toISOString(), level: lvl, msg, ...fields })}\n`;
    if (!scheduled) {
      scheduled = true;
      setTimeout(flush, 0);
    }
  };
  return {
    debug: (msg, fields) => log("debug", msg, fields),
    info: (msg, fields) => log("info", msg, fields),
    warn: (msg, fields) => log("warn", msg, fields),
    error: (msg, fields) => log("error", msg, fields),
  };
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
