/** A ranking window: `days` days ending at `end`, compared with the `days` days before. */
export interface RankWindow {
  days: number;
  start: Date;
  end: Date;
  previousStart: Date;
}

const DAY_MS = 86_400_000;
export const MAX_WINDOW_DAYS = 90;

/** `7d` → 7, `2w` → 14, and a bare `7` means days. From 1 to 90 days; null for anything else. */
export function parseWindowDays(value: string): number | null {
  const match = /^(\d{1,3})\s*(d|w)?$/i.exec(value.trim());
  if (!match) return null;
  const days = Number(match[1]) * (match[2]?.toLowerCase() === "w" ? 7 : 1);
  return days >= 1 && days <= MAX_WINDOW_DAYS ? days : null;
}

export function windowEndingAt(end: Date, days: number): RankWindow {
  const start = new Date(end.getTime() - days * DAY_MS);
  return { days, start, end, previousStart: new Date(start.getTime() - days * DAY_MS) };
}

/** The UTC day of an instant, `YYYY-MM-DD`. */
export function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
