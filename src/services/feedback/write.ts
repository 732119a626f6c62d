import type { Database } from "../../db/types";
import { insertFeedback } from "./insert";
import type { FeedbackInput, WriteResult } from "./types";

/** Stores feedback items and resolves once they are committed. */
export type FeedbackWriter = (db: Database, inputs: FeedbackInput[]) => Promise<WriteResult[]>;

/** Queued rows past which a group is written at once rather than at the end of the turn. */
const MAX_BATCH_ROWS = 1000;

/** One statement per call: what a Worker does, where each request has a database client of its own. */
export const writeDirectly: FeedbackWriter = (db, inputs) => insertFeedback(db, inputs);

interface Pending {
  inputs: FeedbackInput[];
  resolve: (results: WriteResult[]) => void;
  reject: (error: unknown) => void;
}

export interface BatchingWriter {
  write: FeedbackWriter;
  /** Resolves when every queued write has settled (graceful shutdown). */
  drain(): Promise<void>;
}

/**
 * Groups the writes of one event-loop turn into one multi-row insert. Under load this turns
 * thousands of single-row statements into a few dozen, while each caller still hears back only after
 * its own rows are committed. A failing group is retried item by item so that one bad item fails
 * alone.
 */
export function createBatchingWriter(db: Database): BatchingWriter {
  let queue: Pending[] = [];
  let queuedRows = 0;
  let scheduled = false;
  const inFlight = new Set<Promise<void>>();

  const flush = () => {
    scheduled = false;
    const batch = queue;
    queue = [];
    queuedRows = 0;
    if (batch.length === 0) return;
    const done = settle(db, batch).finally(() => inFlight.delete(done));
    inFlight.add(done);
  };

  const write: FeedbackWriter = (_db, inputs) =>
    new Promise<WriteResult[]>((resolve, reject) => {
      queue.push({ inputs, resolve, reject });
      queuedRows += inputs.length;
      if (queuedRows >= MAX_BATCH_ROWS) flush();
      else if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    });

  return {
    write,
    async drain() {
      flush();
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
  };
}

async function settle(db: Database, batch: Pending[]): Promise<void> {
  if (batch.length === 1) {
    const only = batch[0] as Pending;
    await insertFeedback(db, only.inputs).then(only.resolve, only.reject);
    return;
  }
  try {
    const results = await insertFeedback(
      db,
      batch.flatMap((p) => p.inputs),
    );
    let offset = 0;
    for (const pending of batch) {
      pending.resolve(results.slice(offset, offset + pending.inputs.length));
      offset += pending.inputs.length;
    }
  } catch {
    await Promise.all(batch.map((p) => insertFeedback(db, p.inputs).then(p.resolve, p.reject)));
  }
}
