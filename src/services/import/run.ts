import { createReadStream, statSync } from "node:fs";
import { createInterface } from "node:readline";
import type { Database } from "../../db/types";
import { fieldErrors } from "../../lib/errors";
import { FeedbackInput } from "../../routes/feedback/schemas";
import { insertFeedback } from "../feedback/insert";
import { parseCsv } from "./csv";
import { csvRowToRecord, withContentId } from "./records";

/** Valid lines stored per insert. */
const BATCH_SIZE = 500;

export interface ImportSummary {
  imported: number;
  duplicates: number;
  rejected: Array<{ line: number; reason: string }>;
}

export interface ImportOptions {
  format?: "jsonl" | "csv";
  /** Called after each batch with the bytes read so far and the file's size. */
  onProgress?: (bytesRead: number, totalBytes: number, lines: number) => void;
}

interface SourceRecord {
  line: number;
  record?: unknown;
  error?: string;
}

export function detectFormat(path: string): "jsonl" | "csv" {
  return /\.csv$/i.test(path) ? "csv" : "jsonl";
}

async function* jsonlRecords(stream: NodeJS.ReadableStream): AsyncGenerator<SourceRecord> {
  let line = 0;
  for await (const text of createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY })) {
    line++;
    const trimmed = (line === 1 ? text.replace(/^\ufeff/, "") : text).trim();
    if (trimmed === "") continue;
    try {
      yield { line, record: JSON.parse(trimmed) };
    } catch {
      yield { line, error: "not valid JSON" };
    }
  }
}

async function* csvRecords(stream: NodeJS.ReadableStream): AsyncGenerator<SourceRecord> {
  let header: string[] | undefined;
  for await (const { line, fields } of parseCsv(stream as AsyncIterable<string>)) {
    if (!header) {
      header = fields.map((f) => f.trim());
      if (!header.some((h) => h.toLowerCase() === "text")) {
        throw new Error(`the CSV header (line ${line}) has no "text" column`);
      }
      continue;
    }
    yield { line, record: csvRowToRecord(header, fields) };
  }
}

/**
 * Loads feedback from a JSONL or CSV file with the API's validation and idempotency, in batches.
 * Invalid lines are reported with their line number and skipped; valid ones are stored.
 */
export async function importFile(
  db: Database,
  path: string,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const format = options.format ?? detectFormat(path);
  const totalBytes = statSync(path).size;
  const stream = createReadStream(path, { encoding: "utf8" });
  const summary: ImportSummary = { imported: 0, duplicates: 0, rejected: [] };
  let batch: FeedbackInput[] = [];
  let lines = 0;

  const flush = async () => {
    if (batch.length === 0) return;
    const results = await insertFeedback(db, batch);
    for (const r of results) {
      if (r.created) summary.imported++;
      else summary.duplicates++;
    }
    batch = [];
    options.onProgress?.(stream.bytesRead, totalBytes, lines);
  };

  const records = format === "csv" ? csvRecords(stream) : jsonlRecords(stream);
  for await (const { line, record, error } of records) {
    lines = line;
    if (error) {
      summary.rejected.push({ line, reason: error });
      continue;
    }
    const parsed = FeedbackInput.safeParse(record);
    if (!parsed.success) {
      const reason = fieldErrors(parsed.error.issues)
        .map((e) => `${e.path}: ${e.message}`)
        .join("; ");
      summary.rejected.push({ line, reason });
      continue;
    }
    batch.push(withContentId(parsed.data));
    if (batch.length >= BATCH_SIZE) await flush();
  }
  await flush();
  return summary;
}
