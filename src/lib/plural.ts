/** `1 item`, `3,000 items`: a count with the noun that agrees with it, as summaries print them. */
export function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
}
