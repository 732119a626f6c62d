export type KSource = "given" | "chosen" | "kept";

export interface KDecision {
  /** The k to ask the engine for; undefined: let it choose. */
  k: number | undefined;
  source: KSource;
  /** How many items there were when k was last chosen automatically. */
  chosenAtItems: number | null;
}

export interface PreviousK {
  k: number;
  source: KSource;
  chosenAtItems: number | null;
}

/** How far the number of items may drift from when k was chosen before it is chosen again. */
export const K_DRIFT = 0.2;

/**
 * Without an explicit k, the job keeps the k it chose automatically before, as long as the data
 * has not grown or shrunk by more than `drift` since: the choice of k is noisy, and a k that
 * doubles on 5% new data splits half the pain points (measured on the test fixture: 25 → 49).
 */
export function decideK(
  given: number | undefined,
  previous: PreviousK | null,
  items: number,
  drift = K_DRIFT,
): KDecision {
  if (given !== undefined) return { k: given, source: "given", chosenAtItems: null };
  const base = previous?.chosenAtItems ?? 0;
  if (
    previous &&
    previous.source !== "given" &&
    previous.k > 0 &&
    base > 0 &&
    Math.abs(items - base) <= drift * base &&
    previous.k * 2 <= items
  ) {
    return { k: previous.k, source: "kept", chosenAtItems: base };
  }
  return { k: undefined, source: "chosen", chosenAtItems: items };
}
