import { describe, expect, it } from "vitest";
import { formatSummary } from "./offline";
import type { ClusterResult } from "./types";

const cluster = (representatives: number[]) => ({
  label: "charged / twice",
  keywords: ["charged", "twice"],
  size: representatives.length,
  representatives,
  lang: "en",
  centroid: [],
});

describe("formatSummary", () => {
  it("quotes each cluster's best message without the customer's email, phone or card number", () => {
    const docs = [
      { id: 0, text: "Charged twice, call me at +1 415 555 0100 or mail john.doe@example.com" },
      { id: 1, text: "Refund for card 4111 1111 1111 1111 never came" },
    ];
    const result: ClusterResult = {
      k: 2,
      assignments: Int32Array.from([0, 1]),
      clusters: [cluster([0]), cluster([1])],
      idf: new Map(),
      fitted: 2,
      outliers: 0,
    };
    const summary = formatSummary(docs, result, 0.1);
    expect(summary).toContain('"Charged twice, call me at [phone] or mail [email]"');
    expect(summary).toContain('"Refund for card [card] never came"');
    expect(summary).not.toMatch(/example\.com|415|4111/);
  });
});
