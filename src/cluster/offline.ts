import { redactPersonalData } from "../lib/personal-data";
import { plural } from "../lib/plural";
import { messageBody } from "../text/message-body";
import { ClusterInputError } from "./engine";
import type { ClusterResult } from "./types";

/** One input line of `cluster --input`: its text, and the id it is reported under. */
export interface OfflineDocument {
  id: string | number;
  text: string;
  lang?: string;
}

/**
 * Parses one line of `cluster --input` JSONL: an object with `text` (string), optional `id`
 * (string or number; default `index`, the 0-based index of the line among non-blank lines) and
 * `lang`. A blank line gives undefined; a bad line throws with its 1-based line number.
 */
export function parseOfflineLine(
  raw: string,
  lineNumber: number,
  index: number,
): OfflineDocument | undefined {
  const line = raw.trim();
  if (!line) return undefined;
  const where = `line ${lineNumber}`;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new ClusterInputError(`${where}: not valid JSON`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new ClusterInputError(`${where}: expected a JSON object with "text"`);
  }
  const { text, id, lang } = value as Record<string, unknown>;
  if (typeof text !== "string") throw new ClusterInputError(`${where}: "text" must be a string`);
  if (id !== undefined && typeof id !== "string" && !(typeof id === "number" && Number.isFinite(id))) {
    throw new ClusterInputError(`${where}: "id" must be a string or a number`);
  }
  if (lang !== undefined && (typeof lang !== "string" || lang.length > 35)) {
    throw new ClusterInputError(`${where}: "lang" must be a language tag`);
  }
  const doc: OfflineDocument = { id: id ?? index, text };
  if (lang) doc.lang = lang;
  return doc;
}

/** One `{"id", "cluster"}` line per document, in input order. */
export function formatAssignments(docs: readonly OfflineDocument[], assignments: Int32Array): string {
  const out: string[] = [];
  for (let i = 0; i < docs.length; i++) {
    out.push(`{"id":${JSON.stringify((docs[i] as OfflineDocument).id)},"cluster":${assignments[i]}}\n`);
  }
  return out.join("");
}

const SHOWN_CLUSTERS = 40;

/** The human summary: totals, then clusters by size with label and best quote (personal data redacted). */
export function formatSummary(
  docs: readonly OfflineDocument[],
  result: ClusterResult,
  seconds: number,
): string {
  const lines = [
    `clustered ${plural(docs.length, "item", "items")} into ${plural(result.k, "cluster", "clusters")} ` +
      `(${plural(result.outliers, "outlier", "outliers")}, ${((100 * result.outliers) / Math.max(1, docs.length)).toFixed(1)}%) in ${seconds.toFixed(1)} s`,
  ];
  const order = result.clusters
    .map((_, c) => c)
    .sort((a, b) => (result.clusters[b]?.size ?? 0) - (result.clusters[a]?.size ?? 0) || a - b);
  for (const c of order.slice(0, SHOWN_CLUSTERS)) {
    const cluster = result.clusters[c];
    if (!cluster) continue;
    // A summary gets pasted into chats and tickets: its quotes name no customer, as the digest's.
    const text = docs[cluster.representatives[0] ?? -1]?.text ?? "";
    const quote = redactPersonalData(messageBody(text)).replace(/\s+/g, " ").slice(0, 80);
    lines.push(
      `  cluster ${String(c).padStart(3)}  ${String(cluster.size).padStart(6)}  ${cluster.label}${quote ? `  — "${quote}"` : ""}`,
    );
  }
  if (order.length > SHOWN_CLUSTERS)
    lines.push(`  ... and ${order.length - SHOWN_CLUSTERS} smaller clusters`);
  return `${lines.join("\n")}\n`;
}
