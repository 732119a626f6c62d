import type { CliCommand } from "../command";

/**
 * Every CLI command, in the order `--help` lists them, keyed by its name. Each lives in its own
 * file beside this one and is loaded only when chosen (or to print the command list).
 */
export const commands: Record<string, () => Promise<CliCommand>> = {
  migrate: async () => (await import("./migrate")).migrateCommand,
  keys: async () => (await import("./keys")).keysCommand,
  import: async () => (await import("./import")).importCommand,
  cluster: async () => (await import("./cluster")).clusterCommand,
  digest: async () => (await import("./digest")).digestCommand,
  alerts: async () => (await import("./alerts")).alertsCommand,
  forms: async () => (await import("./forms")).formsCommand,
  integrations: async () => (await import("./integrations")).integrationsCommand,
  tokenize: async () => (await import("./tokenize")).tokenizeCommand,
};
