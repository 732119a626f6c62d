import { spawn } from "node:child_process";

/** What one child process cost: wall time and peak resident memory (from GNU time). */
export interface ProcessCost {
  seconds: number;
  peakMiB: number;
  stdout: string;
  stderr: string;
  code: number;
}

/** Runs a command under /usr/bin/time -v (which also counts the grandchildren tsx starts). */
export function runMeasured(command: string, args: string[]): Promise<ProcessCost> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn("/usr/bin/time", ["-v", command, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => {
      const seconds = (performance.now() - started) / 1000;
      const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      resolve({
        seconds,
        peakMiB: rss ? Number(rss[1]) / 1024 : Number.NaN,
        stdout,
        stderr,
        code: code ?? 1,
      });
    });
  });
}

/** The last JSON object printed on stdout, as the Python tools print one line. */
export function lastJson(text: string): Record<string, number | string> {
  const line = text.trim().split("\n").pop() ?? "{}";
  try {
    return JSON.parse(line);
  } catch {
    throw new Error(`expected a JSON line, got: ${line.slice(0, 200)}`);
  }
}

export const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);

export function table(header: string[], rows: Array<Array<string | number>>): string {
  const cells = [
    header,
    ...rows.map((r) => r.map((c) => (typeof c === "number" ? c.toFixed(3).replace(/\.?0+$/, "") : c))),
  ];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => String(r[i] ?? "").length)));
  return cells.map((r) => r.map((c, i) => String(c).padEnd(widths[i] ?? 0)).join("  ")).join("\n");
}
