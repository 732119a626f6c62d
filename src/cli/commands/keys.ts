import { ROLES, type Role } from "../../db/schema";
import { createApiKey, revokeApiKey } from "../../services/keys/keys";
import type { CliCommand } from "../command";
import { CliError, parseOptions } from "../command";

export const keysCommand: CliCommand = {
  name: "keys",
  summary: "create or revoke API keys",
  help: `usage: cli keys create --role ingest|lead|admin [--name NAME]
       cli keys revoke ID

create   prints the new key, alone, as the last line of stdout. Only its hash is stored:
         keep the key, it cannot be shown again.
revoke   stops a key from working (within 30 seconds on running servers).

roles: ingest (write feedback), lead (read, search and tag feedback, read pain points),
       admin (everything).`,
  async run(args, ctx) {
    const { values, positionals } = parseOptions(args, {
      role: { type: "string" },
      name: { type: "string" },
    });
    const [action, id] = positionals;
    if (action === "create") {
      const role = values.role as Role | undefined;
      if (!role || !ROLES.includes(role)) throw new CliError(`--role must be one of ${ROLES.join(", ")}`, 2);
      const key = await createApiKey((await ctx.db()).db, role, values.name);
      ctx.stderr.write(`created ${role} key ${key.id}${key.name ? ` (${key.name})` : ""}\n`);
      ctx.stdout.write(`${key.key}\n`);
      return;
    }
    if (action === "revoke") {
      if (!id) throw new CliError("keys revoke needs the key's id", 2);
      if (!(await revokeApiKey((await ctx.db()).db, id))) throw new CliError(`no key with id ${id}`);
      ctx.stderr.write(`revoked key ${id}\n`);
      return;
    }
    throw new CliError(`unknown action ${action ? `"${action}"` : "(none)"}: use create or revoke`, 2);
  },
};
