import { detectLanguage } from "../text/detect-language";
import { normalizeForFeatures } from "../text/features";

/** Features kept per exported centroid. */
const CENTROID_FEATURES = 200;
const REPRESENTATIVE_CANDIDATES = 12;

/** The strongest features of a cluster's mean TF-IDF row. */
export function topFeatures(
  sums: Float64Array,
  c: number,
  terms: string[],
  size: number,
): Array<[string, number]> {
  const cols = terms.length;
  const order: number[] = [];
  for (let f = 0; f < cols; f++) if ((sums[c * cols + f] as number) > 0) order.push(f);
  order.sort((a, b) => (sums[c * cols + b] as number) - (sums[c * cols + a] as number) || a - b);
  return order
    .slice(0, CENTROID_FEATURES)
    .map((f) => [
      terms[f] as string,
      Math.round(((sums[c * cols + f] as number) / Math.max(1, size)) * 1e6) / 1e6,
    ]);
}

/** The members closest to the centroid, one per distinct normalized text, best first. */
export function pickRepresentatives(
  list: number[],
  similarity: Float32Array,
  docs: ReadonlyArray<{ text: string }>,
): number[] {
  const candidates = [...list]
    .sort((a, b) => (similarity[b] as number) - (similarity[a] as number) || a - b)
    .slice(0, REPRESENTATIVE_CANDIDATES * 4);
  const seen = new Set<string>();
  const out: number[] = [];
  for (const i of candidates) {
    const key = normalizeForFeatures((docs[i] as { text: string }).text)
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(i);
    if (out.length === 3) break;
  }
  return out;
}

/** The language most members declare; when none declares one, detected from the closest members. */
export function clusterLanguage(
  list: number[],
  representatives: number[],
  docs: ReadonlyArray<{ text: string; lang?: string | undefined }>,
): string | undefined {
  const votes = new Map<string, number>();
  for (const i of list) {
    const lang = docs[i]?.lang;
    if (lang) votes.set(lang, (votes.get(lang) ?? 0) + 1);
  }
  let best: string | undefined;
  let bestVotes = 0;
  for (const [lang, v] of votes) {
    if (v > bestVotes || (v === bestVotes && best !== undefined && lang < best)) {
      best = lang;
      bestVotes = v;
    }
  }
  if (best) return best;
  return detectLanguage(representatives.map((i) => docs[i]?.text ?? "").join("\n"));
}
