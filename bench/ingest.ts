/**
 * `npm run bench -- ingest [--seconds 10] [--rounds 2] [--connections 50]`
 *
 * POST /v1/feedback on PostgreSQL through the real server (`src/server.ts`: validation, auth,
 * language detection, idempotency, batched inserts), side by side in the same run with the raw
 * probe (bench/raw-probe.ts). Rounds alternate between the two; the median round of each counts.
 */
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { createApiKey } from "../src/services/keys/keys";
import { startServer } from "../test/server";
import { openThrowawayDatabase } from "./throwaway-db";

interface Round {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

async function load(
  url: string,
  key: string | undefined,
  seconds: number,
  connections: number,
): Promise<Round> {
  let n = 0;
  const texts = [
    "My card was declined at checkout again",
    "لا أستطيع تحويل الأموال إلى حسابي منذ أمس",
    "האפליקציה קורסת כל פעם שאני מנסה לשלם",
    "Refund still not received after two weeks, terrible support",
  ];
  const result = await autocannon({
    url: `${url}/v1/feedback`,
    connections,
    duration: seconds,
    requests: [
      {
        method: "POST",
        headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}) },
        setupRequest: (req) => {
          n++;
          const body = {
            channel: "ticket",
            source: "bench",
            externalId: `${process.pid}-${Date.now()}-${n}`,
            text: texts[n % texts.length],
            customer: { id: `c-${n % 5000}` },
            rating: (n % 5) + 1,
          };
          return { ...req, body: JSON.stringify(body) };
        },
      },
    ],
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

const median = (rounds: Round[]) =>
  [...rounds].sort((a, b) => a.rps - b.rps)[Math.floor((rounds.length - 1) / 2)] as Round;

export async function run(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      seconds: { type: "string", default: "10" },
      rounds: { type: "string", default: "2" },
      connections: { type: "string", default: "50" },
    },
  });
  const seconds = Number(values.seconds);
  const rounds = Number(values.rounds);
  const connections = Number(values.connections);

  const database = await openThrowawayDatabase("pp_bench_ingest", false);
  const databaseUrl = database.url as string;
  const key = (await createApiKey(database.db, "ingest", "bench")).key;

  const results: Record<"raw" | "server", Round[]> = { raw: [], server: [] };
  try {
    for (let r = 0; r < rounds; r++) {
      for (const which of ["raw", "server"] as const) {
        // The server's own log level (startServer's default is the tests' "warn"), its log discarded.
        const proc = await startServer(
          { DATABASE_URL: databaseUrl, LOG_LEVEL: process.env.LOG_LEVEL ?? "info" },
          { script: which === "raw" ? "bench/raw-probe.ts" : "src/server.ts", keepStderr: false },
        );
        await load(proc.url, key, 2, connections); // warm-up: JIT, pools, prepared statements
        const round = await load(proc.url, key, seconds, connections);
        results[which].push(round);
        process.stderr.write(
          `round ${r + 1} ${which}: ${Math.round(round.rps)} req/s, p99 ${round.p99} ms\n`,
        );
        proc.process.kill("SIGTERM");
        await proc.exited;
      }
    }
  } finally {
    await database.drop();
  }

  const raw = median(results.raw);
  const ours = median(results.server);
  const row = (label: string, r: Round) =>
    `| ${label} | ${Math.round(r.rps)} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.non2xx} |`;
  console.log(
    `ingest: POST /v1/feedback, PostgreSQL, ${connections} connections, ${seconds} s x ${rounds} rounds (median)`,
  );
  console.log("| server | req/s | p50 ms | p99 ms | errors | non-2xx |");
  console.log("|---|---:|---:|---:|---:|---:|");
  console.log(row("raw probe (Hono + 1 insert/request)", raw));
  console.log(row("painpoint server", ours));
  console.log(
    `ratio: ${(ours.rps / raw.rps).toFixed(2)}x the raw probe (target >= 0.8), p99 ${ours.p99} ms (target < 25)`,
  );
}
