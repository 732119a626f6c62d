import { type ChildProcess, spawn } from "node:child_process";
import { createInterface } from "node:readline";

export interface RunningServer {
  url: string;
  process: ChildProcess;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  stderr: () => string;
}

/** `npm start` as a user runs it (node + tsx, no npm noise), on a free port; resolves once it listens. */
export function startServer(env: Record<string, string>): Promise<RunningServer> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], {
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.once("line", (line) => {
      const match = /listening on (http:\/\/\S+)/.exec(line);
      if (!match?.[1]) reject(new Error(`unexpected first line: ${line}`));
      else resolve({ url: match[1], process: child, exited, stderr: () => stderr });
    });
    exited.then((code) => reject(new Error(`server exited with ${code} before listening: ${stderr}`)));
  });
}
