import type { FeatureDocument } from "./tfidf";
import type { ClusterResult } from "./types";

/**
 * An order of the documents that depends on what they say, not on where they stood: by a hash of
 * the text, then the text, the language and the earlier group. The clustering samples, seeds and
 * breaks ties by position, so without it the same export sorted another way, or the same
 * feedback imported again (new ids, new read order), came out as other clusters: 2,000 messages
 * and their shuffle agreed only to NMI 0.88 at k 40, and chose 95 and 76 clusters without k.
 * A hash rather than the text itself keeps similar openings ("I want to...") spread out as they
 * were, so samples and chunks stay as mixed as a shuffled input.
 */
export function contentOrder(docs: ReadonlyArray<FeatureDocument>, warmStart?: Int32Array): Int32Array {
  const keys = new Uint32Array(docs.length);
  docs.forEach((doc, i) => {
    keys[i] = textHash(doc.text);
  });
  const order = Int32Array.from({ length: docs.length }, (_, i) => i);
  return order.sort((a, b) => {
    const byHash = (keys[a] as number) - (keys[b] as number);
    if (byHash !== 0) return byHash;
    const x = docs[a] as FeatureDocument;
    const y = docs[b] as FeatureDocument;
    if (x.text !== y.text) return x.text < y.text ? -1 : 1;
    const xLang = x.lang ?? "";
    const yLang = y.lang ?? "";
    if (xLang !== yLang) return xLang < yLang ? -1 : 1;
    return (warmStart?.[a] ?? -1) - (warmStart?.[b] ?? -1);
  });
}

/** A result computed on `docs` taken in `order`, with its document indexes mapped back. */
export function inInputOrder(result: ClusterResult, order: Int32Array): ClusterResult {
  const assignments = new Int32Array(order.length);
  order.forEach((doc, at) => {
    assignments[doc] = result.assignments[at] as number;
  });
  return {
    ...result,
    assignments,
    clusters: result.clusters.map((cluster) => ({
      ...cluster,
      representatives: cluster.representatives.map((at) => order[at] as number),
    })),
  };
}

/** FNV-1a over the UTF-16 code units: fast, and the same on every machine. */
function textHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
