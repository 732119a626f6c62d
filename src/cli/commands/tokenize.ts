import { analyzeCorpus } from "../../text/analyze";
import type { CliCommand } from "../command";
import { parseOptions } from "../command";

/** Every line of a stream, read to the end first: the corpus evidence needs all of them. */
export async function readLines(stream: NodeJS.ReadableStream): Promise<string[]> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  const text = Buffer.concat(chunks).toString("utf8");
  if (text === "") return [];
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === "") lines.pop();
  return lines;
}

export const tokenizeCommand: CliCommand = {
  name: "tokenize",
  summary: "print the word tokens the clustering sees for each line of stdin",
  help: `usage: cli tokenize [--lang LANG]

Reads every line of standard input, then prints one JSON array per line, in order: the word tokens
the clustering uses for that line (normalized, stemmed, stopwords removed; no character n-grams).

  --lang LANG   analyse every line as this language (en, ar, he, ...); by default each line's
                language is detected

Prefix letters (Hebrew ו ה ב כ ל מ ש, Arabic و ف ب ل ك) are stripped where the rest is a known word
or occurs on its own among the input lines, so give related lines together.

  $ printf 'הנשיא\\nלנשיא\\nשלום\\n' | cli tokenize
  ["נשיא"]
  ["נשיא"]
  ["שלומ"]`,
  async run(args, ctx) {
    const { values } = parseOptions(args, { lang: { type: "string" } });
    const lines = await readLines(ctx.stdin);
    const terms = analyzeCorpus(lines, values.lang ? { lang: values.lang } : {});
    ctx.stdout.write(terms.map((t) => `${JSON.stringify(t)}\n`).join(""));
  },
};
