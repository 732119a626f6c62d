import type { CliCommand } from "../command";
import { alertsCommand } from "./alerts";
import { clusterCommand } from "./cluster";
import { digestCommand } from "./digest";
import { formsCommand } from "./forms";
import { importCommand } from "./import";
import { integrationsCommand } from "./integrations";
import { keysCommand } from "./keys";
import { migrateCommand } from "./migrate";
import { tokenizeCommand } from "./tokenize";

/** Every CLI command, in the order `--help` lists them. Each lives in its own file beside this one. */
export const commands: CliCommand[] = [
  migrateCommand,
  keysCommand,
  importCommand,
  clusterCommand,
  digestCommand,
  alertsCommand,
  formsCommand,
  integrationsCommand,
  tokenizeCommand,
];
