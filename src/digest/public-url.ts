import type { Config } from "../config";

/** Where links in Slack point: `PUBLIC_URL`, else the server's own address on this machine. */
export function publicUrlOf(config: Pick<Config, "PUBLIC_URL" | "PORT">): string {
  return (config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).replace(/\/+$/, "");
}
