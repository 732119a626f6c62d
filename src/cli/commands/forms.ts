import { createForm, listForms } from "../../services/forms/forms";
import { normalizeOrigin } from "../../services/forms/origins";
import type { CliCommand } from "../command";
import { CliError, parseOptions } from "../command";

export const formsCommand: CliCommand = {
  name: "forms",
  summary: "create and list suggestion forms customers fill in",
  help: `usage: cli forms create --name NAME [--origin URL]... [--source SOURCE]
       cli forms list

create   stores a new suggestion form and prints its id, alone, as the last line of stdout.
         Customers fill it in at /forms/<id>; it posts to /v1/forms/<id>/submissions.
list     prints one line per form, newest first: id, name, allowed origins (tab-separated).

options:
  --name NAME      what the form is called (shown above the form)
  --origin URL     a site that may embed the form in an iframe and post to it from its own
                   pages, as scheme://host[:port]; repeat for several
  --source SOURCE  the \`source\` of the feedback it stores (default: website-form)`,
  async run(args, ctx) {
    const { values, positionals } = parseOptions(args, {
      name: { type: "string" },
      origin: { type: "string", multiple: true },
      source: { type: "string" },
    });
    const [action] = positionals;
    if (action === "list") {
      for (const form of await listForms((await ctx.db()).db)) {
        ctx.stdout.write(`${form.id}\t${form.name.replace(/\s+/g, " ")}\t${form.allowedOrigins.join(" ")}\n`);
      }
      return;
    }
    if (action !== "create") {
      throw new CliError(`unknown action ${action ? `"${action}"` : "(none)"}: use create or list`, 2);
    }
    const name = values.name?.trim();
    if (!name) throw new CliError("forms create needs --name NAME", 2);
    if (name.length > 200) throw new CliError("--name must be at most 200 characters", 2);
    const source = values.source?.trim();
    if (values.source !== undefined && (!source || source.length > 64)) {
      throw new CliError("--source must be 1 to 64 characters", 2);
    }
    for (const origin of values.origin ?? []) {
      if (!normalizeOrigin(origin)) {
        throw new CliError(`--origin ${origin} is not an origin such as https://example.com`, 2);
      }
    }
    const form = await createForm((await ctx.db()).db, {
      name,
      allowedOrigins: values.origin,
      source: source || undefined,
    });
    const origins = form.allowedOrigins.length ? `, embeddable by ${form.allowedOrigins.join(", ")}` : "";
    ctx.stderr.write(`created form "${form.name}" at ${form.page}${origins}\n`);
    ctx.stdout.write(`${form.id}\n`);
  },
};
