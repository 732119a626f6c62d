import { PROVIDERS, type Provider } from "../../db/schema";
import { AppError } from "../../lib/errors";
import {
  createIntegration,
  deleteIntegration,
  type Integration,
  listIntegrations,
  setIntegrationSecret,
  webhookPath,
} from "../../services/integrations/integrations";
import type { CliCommand } from "../command";
import { CliError, parseOptions } from "../command";

function checkSecret(secret: string | undefined): string | undefined {
  if (secret === undefined) return undefined;
  if (secret.length < 8 || secret.length > 512 || /\s/.test(secret)) {
    throw new CliError("--secret must be 8 to 512 characters without whitespace", 2);
  }
  return secret;
}

export const integrationsCommand: CliCommand = {
  name: "integrations",
  summary: "manage webhook sources (Zendesk, Intercom, Freshdesk, mentions)",
  help: `usage: cli integrations create --provider zendesk|intercom|freshdesk|mentions --name NAME [--secret S]
       cli integrations list
       cli integrations delete ID
       cli integrations secret ID [--secret S]

create   stores a webhook source; prints its id, webhook path and secret as one JSON line on stdout.
         Without --secret one is generated. The secret is shown this once.
list     one JSON line per integration, without secrets.
delete   removes it; its deliveries are refused (404) from then on.
secret   stores the provider's own secret (--secret) or generates a new one; prints it as JSON.

The webhook URL is the API's public origin followed by the path. Set-up per provider: docs/webhooks.md.`,
  async run(args, ctx) {
    const { values, positionals } = parseOptions(args, {
      provider: { type: "string" },
      name: { type: "string" },
      secret: { type: "string" },
    });
    const [action, id] = positionals;
    const db = async () => (await ctx.db()).db;
    const print = (item: Integration & { secret?: string }) =>
      ctx.stdout.write(`${JSON.stringify({ ...item, webhookPath: webhookPath(item.provider, item.id) })}\n`);
    try {
      if (action === "create") {
        const provider = values.provider as Provider | undefined;
        if (!provider || !PROVIDERS.includes(provider)) {
          throw new CliError(`--provider must be one of ${PROVIDERS.join(", ")}`, 2);
        }
        const name = values.name?.trim();
        if (!name || name.length > 128)
          throw new CliError("integrations create needs --name of 1 to 128 characters", 2);
        const created = await createIntegration(await db(), {
          provider,
          name,
          secret: checkSecret(values.secret),
        });
        ctx.stderr.write(
          `created ${provider} integration "${name}": keep the secret, it is not shown again\n`,
        );
        print(created);
        return;
      }
      if (action === "list") {
        for (const item of await listIntegrations(await db())) print(item);
        return;
      }
      if (action === "delete" || action === "secret") {
        if (!id) throw new CliError(`integrations ${action} needs the integration's id`, 2);
        if (action === "delete") {
          await deleteIntegration(await db(), id);
          ctx.stderr.write(`deleted integration ${id}\n`);
          return;
        }
        print(await setIntegrationSecret(await db(), id, checkSecret(values.secret)));
        return;
      }
    } catch (error) {
      if (error instanceof AppError && error.code === "not_found") throw new CliError(error.message);
      throw error;
    }
    throw new CliError(
      `unknown action ${action ? `"${action}"` : "(none)"}: use create, list, delete or secret`,
      2,
    );
  },
};
