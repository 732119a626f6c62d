/** A pain point's daily feedback: the last 24 hours against the days before. */
export interface DailyCounts {
  painPointId: string;
  label: string;
  /** Feedback in the last 24 hours. */
  today: number;
  /** Distinct customers in the last 24 hours. */
  customers: number;
  /** Feedback per 24 hours over the baseline days, most recent first. */
  baseline: number[];
}

export interface Spike {
  painPointId: string;
  label: string;
  count: number;
  customers: number;
  /** Mean daily feedback over the baseline. */
  mean: number;
  zScore: number;
}

export interface SpikeOptions {
  /** A spike needs at least this many items in a day: three complaints are not news. */
  minVolume: number;
  /** How many deviations above the mean. */
  minZ: number;
  /** And at least this multiple of the mean: a big steady pain point's +15% day is not a spike. */
  minRatio: number;
}

export const DEFAULT_SPIKE_OPTIONS: SpikeOptions = { minVolume: 5, minZ: 3, minRatio: 2 };

/**
 * z-score of today's count against the baseline days. The deviation has a Poisson floor (√mean, and
 * at least 1) so a perfectly flat or empty baseline does not turn any small bump into a spike.
 */
export function spikeScore(today: number, baseline: readonly number[]): { mean: number; zScore: number } {
  const n = baseline.length;
  const mean = n > 0 ? baseline.reduce((a, b) => a + b, 0) / n : 0;
  const variance = n > 1 ? baseline.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1) : 0;
  const deviation = Math.max(Math.sqrt(variance), Math.sqrt(mean), 1);
  return { mean, zScore: (today - mean) / deviation };
}

/** The pain points whose last 24 hours are well above their recent baseline, largest z first. */
export function detectSpikes(
  counts: readonly DailyCounts[],
  options: SpikeOptions = DEFAULT_SPIKE_OPTIONS,
): Spike[] {
  const spikes: Spike[] = [];
  for (const c of counts) {
    if (c.today < options.minVolume) continue;
    const { mean, zScore } = spikeScore(c.today, c.baseline);
    if (zScore < options.minZ || c.today < options.minRatio * mean) continue;
    spikes.push({
      painPointId: c.painPointId,
      label: c.label,
      count: c.today,
      customers: c.customers,
      mean,
      zScore,
    });
  }
  return spikes.sort((a, b) => b.zScore - a.zScore || a.painPointId.localeCompare(b.painPointId));
}
