import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import type { SlackJobDeps } from "../../jobs/digest/deliver";
import { createPgliteDb } from "../../src/db/pglite";
import { feedback, feedbackTags, painPoints } from "../../src/db/schema";
import type { Channel } from "../../src/db/schema/feedback";
import type { Database } from "../../src/db/types";
import { createSlackClient } from "../../src/digest/send";
import { uuidv7 } from "../../src/lib/ids";
import { silentLogger } from "../../src/lib/logger";
import { toSearchText } from "../../src/text/search-text";
import { type SlackStub, startSlackStub } from "../slack-stub";

export const DAY = 86_400_000;

export async function seedPainPoint(db: Database, label: string, keywords: string[] = []): Promise<string> {
  const id = uuidv7();
  await db.insert(painPoints).values({ id, label, keywords });
  return id;
}

export interface SeedItem {
  painPointId: string | null;
  at: Date;
  text?: string;
  channel?: Channel;
  customer?: string | null;
  rating?: number | null;
  lang?: string | null;
  tags?: string[];
}

/** Inserts feedback as the ingest API would have stored it; answers the ids in order. */
export async function seedFeedback(db: Database, items: SeedItem[]): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < items.length; i += 500) {
    const rows = items.slice(i, i + 500).map((item) => {
      const id = uuidv7(item.at.getTime());
      ids.push(id);
      const text = item.text ?? "something is wrong";
      return {
        id,
        channel: item.channel ?? ("ticket" as const),
        text,
        searchText: toSearchText(text),
        lang: item.lang ?? "en",
        customerKey: item.customer === undefined ? `id:c-${id}` : item.customer,
        rating: item.rating ?? null,
        createdAt: item.at,
        painPointId: item.painPointId,
      };
    });
    await db.insert(feedback).values(rows);
  }
  const tags = items.flatMap((item, i) =>
    (item.tags ?? []).map((tag) => ({ feedbackId: ids[i] as string, tag })),
  );
  if (tags.length > 0) await db.insert(feedbackTags).values(tags);
  return ids;
}

/** `n` items spread evenly over the `days` days before `end`. */
export function spread(n: number, end: Date, days: number, item: Omit<SeedItem, "at">): SeedItem[] {
  return Array.from({ length: n }, (_, i) => ({
    ...item,
    at: new Date(end.getTime() - ((i + 0.5) / n) * days * DAY),
  }));
}

/** The production Slack client pointed at the stand-in, with fast retries so outage tests stay short. */
export function stubSlackClient(stub: SlackStub) {
  return createSlackClient({
    token: stub.token,
    apiUrl: stub.url,
    log: silentLogger,
    retryConfig: { retries: 2, minTimeout: 5, maxTimeout: 5 },
  });
}

/** The Slack stand-in of a test file: await it at the file's top level; it closes after the file's tests. */
export async function slackStubForFile(): Promise<SlackStub> {
  const stub = await startSlackStub();
  afterAll(() => stub.close());
  return stub;
}

/** A digest or alert job's deps against the stand-in: its Slack client and a silent log, then `deps`. */
export function stubJobDeps(
  stub: SlackStub,
  db: Database,
  now: Date,
  deps: Pick<SlackJobDeps, "defaultChannel" | "publicUrl"> & Partial<SlackJobDeps>,
): SlackJobDeps {
  return { db, slack: stubSlackClient(stub), now, log: silentLogger, ...deps };
}

export interface CliWorld {
  stub: SlackStub;
  /** The environment of a CLI run against the database and the stand-in (SLACK_CHANNEL `#product`). */
  env: Record<string, string>;
  /** Closes the stand-in and removes the database. */
  close(): Promise<void>;
}

/** A Slack stand-in and an embedded database on disk, migrated and filled by `seed`, for runs of the CLI. */
export async function startCliWorld(
  prefix: string,
  seed: (db: Database) => Promise<unknown>,
): Promise<CliWorld> {
  const dataDir = mkdtempSync(join(tmpdir(), prefix));
  const stub = await startSlackStub();
  const handle = await createPgliteDb(join(dataDir, "db"));
  await handle.migrate();
  await seed(handle.db);
  await handle.close();
  const env = {
    ...(process.env as Record<string, string>),
    DATA_DIR: join(dataDir, "db"),
    DATABASE_URL: "",
    SLACK_BOT_TOKEN: stub.token,
    SLACK_API_URL: stub.url,
    SLACK_CHANNEL: "#product",
    PUBLIC_URL: "https://pp.example.com",
  };
  return {
    stub,
    env,
    async close() {
      await stub.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
