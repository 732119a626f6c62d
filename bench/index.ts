/**
 * `npm run bench -- <name> [options]`: the speed and quality benchmarks. Each prints its figures
 * beside the anchor it is measured against, in the same run.
 */
export const benches: Record<string, () => Promise<{ run(args: string[]): Promise<void> }>> = {
  ingest: () => import("./ingest"),
  "cluster-job": () => import("./cluster-job"),
  digest: () => import("./digest"),
  cluster: () => import("./cluster"),
};

async function main() {
  const [name, ...args] = process.argv.slice(2);
  if (!name || !benches[name]) {
    process.stderr.write(`usage: npm run bench -- <${Object.keys(benches).join("|")}> [options]\n`);
    process.exitCode = 2;
    return;
  }
  const bench = await benches[name]();
  await bench.run(args);
}

await main();
