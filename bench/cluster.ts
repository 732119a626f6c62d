import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createRandom, sampleIndexes } from "../src/cluster/random";
import { lastJson, mean, runMeasured, table } from "./cluster-run";

/**
 * `npm run bench -- cluster [--samples 10] [--only quality|scale] [--growth] [--million]`
 *
 * Quality: ten seeded samples of 3,000 rows from each shared labeled set, with the true k (77):
 * our CLI (`cluster --input --k 77`) scored by score.py, beside scikit-learn's char_wb TF-IDF +
 * LSA 300 + k-means on the same rows; then our CLI without --k (chosen k, NMI).
 * Scale: 90,000 texts (the shared sets concatenated and repeated) with k = 200, our whole CLI
 * process against scikit-learn's word TF-IDF + MiniBatchKMeans on the same file, wall time and
 * peak RSS of each. --growth adds 10k and 100k; --million adds 1M (long).
 */
const DATASETS = resolve(process.env.DATASETS_DIR ?? "../shared/datasets");
const TOOLS = resolve(process.env.TOOLS_DIR ?? "../shared/tools");
const PYTHON = "/usr/bin/python3";
const TSX = resolve("node_modules/.bin/tsx");
const CLI = resolve("src/cli/index.ts");
const SETS = [
  ["English", "banking77-train.jsonl"],
  ["Arabic", "arbanking77-train.jsonl"],
] as const;

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

async function ours(
  input: string,
  out: string,
  k?: number,
): Promise<Record<string, number | string> & { seconds: number; peakMiB: number }> {
  const cost = await runMeasured(TSX, [
    CLI,
    "cluster",
    "--input",
    input,
    "--out",
    out,
    ...(k ? ["--k", String(k)] : []),
  ]);
  if (cost.code !== 0) throw new Error(`cluster --input ${input} failed: ${cost.stderr.slice(-500)}`);
  const score = await runMeasured(PYTHON, [join(TOOLS, "score.py"), input, out]);
  const scores: Record<string, number | string> = lastJson(score.stdout);
  return { ...scores, seconds: cost.seconds, peakMiB: cost.peakMiB };
}

async function quality(dir: string, samples: number) {
  const rows: Array<Array<string | number>> = [];
  const summary: Record<string, { ours: number; anchor: number }> = {};
  for (const [language, file] of SETS) {
    const lines = readFileSync(join(DATASETS, file), "utf8")
      .split("\n")
      .filter((l) => l.trim());
    const r = { nmi: [] as number[], ari: [] as number[], aNmi: [] as number[], aAri: [] as number[] };
    const auto = { k: [] as number[], nmi: [] as number[] };
    for (let s = 0; s < samples; s++) {
      const path = join(dir, `${file.replace(".jsonl", "")}-${s}.jsonl`);
      const picked = sampleIndexes(lines.length, 3000, createRandom(1000 + s));
      writeFileSync(path, `${Array.from(picked, (i) => lines[i]).join("\n")}\n`);
      const fixed = await ours(path, `${path}.k77.out`, 77);
      const anchor = lastJson(
        (
          await runMeasured(PYTHON, [
            join(TOOLS, "sklearn_baseline.py"),
            path,
            "--analyzer",
            "char_wb",
            "--lsa",
            "300",
          ])
        ).stdout,
      );
      const chosen = await ours(path, `${path}.auto.out`);
      r.nmi.push(Number(fixed.nmi));
      r.ari.push(Number(fixed.ari));
      r.aNmi.push(Number(anchor.nmi));
      r.aAri.push(Number(anchor.ari));
      auto.k.push(Number(chosen.k_pred));
      auto.nmi.push(Number(chosen.nmi));
      process.stderr.write(
        `${language} sample ${s}: ours nmi ${fixed.nmi} ari ${fixed.ari} (${fixed.seconds.toFixed(1)} s) | anchor nmi ${anchor.nmi} ari ${anchor.ari} | auto k ${chosen.k_pred} nmi ${chosen.nmi} outliers ${chosen.outlier_share}\n`,
      );
    }
    summary[language] = { ours: mean(r.nmi), anchor: mean(r.aNmi) };
    rows.push([
      language,
      mean(r.nmi),
      mean(r.ari),
      mean(r.aNmi),
      mean(r.aAri),
      mean(r.nmi) - mean(r.aNmi),
      mean(auto.k),
      mean(auto.nmi),
    ]);
  }
  console.log(`\nQuality: ${samples} seeded samples of 3,000 rows per set, true k = 77 (means)`);
  console.log(
    table(
      ["set", "ours NMI", "ours ARI", "anchor NMI", "anchor ARI", "NMI gain", "auto k", "auto NMI"],
      rows,
    ),
  );
  const en = summary.English;
  const ar = summary.Arabic;
  if (en && ar)
    console.log(
      `Arabic/English NMI: ours ${(ar.ours / en.ours).toFixed(3)}, anchor ${(ar.anchor / en.anchor).toFixed(3)}`,
    );
}

/** n texts: the shared sets concatenated, repeated as often as needed. */
function corpus(dir: string, n: number): string {
  const lines = SETS.flatMap(([, file]) =>
    readFileSync(join(DATASETS, file), "utf8")
      .split("\n")
      .filter((l) => l.trim()),
  );
  const path = join(dir, `corpus-${n}.jsonl`);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(lines[i % lines.length] as string);
  writeFileSync(path, `${out.join("\n")}\n`);
  return path;
}

async function scale(dir: string, sizes: number[]) {
  const rows: Array<Array<string | number>> = [];
  for (const n of sizes) {
    const input = corpus(dir, n);
    const mine = await ours(input, `${input}.out`, 200);
    const anchor =
      n <= 100_000
        ? await runMeasured(PYTHON, [join(TOOLS, "sklearn_baseline.py"), input, "--k", "200", "--minibatch"])
        : undefined;
    const a = anchor ? lastJson(anchor.stdout) : undefined;
    rows.push([
      n.toLocaleString("en"),
      mine.seconds,
      mine.peakMiB,
      Number(mine.nmi),
      anchor ? anchor.seconds : "-",
      anchor ? anchor.peakMiB : "-",
      a ? Number(a.nmi) : "-",
      anchor ? mine.seconds / anchor.seconds : "-",
    ]);
    process.stderr.write(`scale ${n}: ours ${mine.seconds.toFixed(1)} s ${mine.peakMiB.toFixed(0)} MiB\n`);
  }
  console.log("\nScale: k = 200, whole process (wall s, peak RSS MiB), ours = cli cluster --input --k 200");
  console.log(
    table(
      ["items", "ours s", "ours MiB", "ours NMI", "sklearn s", "sklearn MiB", "sklearn NMI", "time ratio"],
      rows,
    ),
  );
}

export async function run(args: string[]) {
  const dir = join(tmpdir(), `cluster-bench-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  try {
    const only = option(args, "--only");
    const samples = Number(option(args, "--samples") ?? 10);
    if (only !== "scale") await quality(dir, samples);
    if (only !== "quality") {
      const sizes = [90_000];
      if (args.includes("--growth")) {
        sizes.unshift(10_000);
        sizes.push(100_000);
      }
      if (args.includes("--million")) sizes.push(1_000_000);
      await scale(dir, sizes);
    }
  } finally {
    // The 1M corpus alone is hundreds of MB.
    rmSync(dir, { recursive: true, force: true });
  }
}
