import { readFileSync } from "node:fs";

/** The records of a JSON-lines fixture, blank lines skipped. */
export function readJsonl<T>(url: URL): T[] {
  return readFileSync(url, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as T);
}
