import { describe, expect, it } from "vitest";
import type { Csr } from "./csr";
import { normalizeRows } from "./csr";
import { createRandom } from "./random";
import { REFINEMENT, refineByClassifier, refineClusters } from "./refine";

/**
 * Three topics of 20 rows, each row four words of its topic's eight and one of four words every
 * topic uses ("please", "app"...), as unit TF-IDF-like rows; `dense` is the same rows written out,
 * standing in for their LSA projection.
 */
function topics(seed: number): { m: Csr; dense: Float32Array; truth: Int32Array } {
  const random = createRandom(seed);
  const perTopic = 20;
  const cols = 3 * 8 + 4;
  const n = 3 * perTopic;
  const indptr = new Int32Array(n + 1);
  const indices: number[] = [];
  const truth = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const topic = Math.floor(i / perTopic);
    truth[i] = topic;
    const words = new Set<number>();
    while (words.size < 4) words.add(topic * 8 + Math.floor(random() * 8));
    words.add(24 + Math.floor(random() * 4));
    indices.push(...[...words].sort((a, b) => a - b));
    indptr[i + 1] = indices.length;
  }
  const m: Csr = {
    rows: n,
    cols,
    indptr,
    indices: Int32Array.from(indices),
    values: new Float32Array(indices.length).fill(1),
  };
  normalizeRows(m);
  const dense = new Float32Array(n * cols);
  for (let i = 0; i < n; i++)
    for (let p = indptr[i] as number; p < (indptr[i + 1] as number); p++)
      dense[i * cols + (m.indices[p] as number)] = m.values[p] as number;
  return { m, dense, truth };
}

const rowsOf = (n: number) => Array.from({ length: n }, (_, i) => i);

describe("refineClusters", () => {
  it("moves messages that k-means put with another topic back to the topic whose words they use", () => {
    const { m, dense, truth } = topics(7);
    const first = Int32Array.from(truth);
    // Two rows of topic 0 and one of topic 2 drawn into the wrong clusters.
    first[3] = 1;
    first[11] = 2;
    first[45] = 0;
    const centroids = new Float32Array(3 * m.cols);
    const refined = refineClusters(
      m,
      rowsOf(m.rows),
      dense,
      m.cols,
      3,
      {
        assignments: first,
        centroids,
        objective: 0,
      },
      { seed: 1, large: false },
    );
    expect(Array.from(refined.assignments)).toEqual(Array.from(truth));
    expect(refined.objective).toBeGreaterThan(0);
  });

  it("gives the same clusters for the same seed", () => {
    const { m, dense, truth } = topics(3);
    const first = truth.map((t, i) => (i % 5 === 0 ? (t + 1) % 3 : t));
    const run = (seed: number) =>
      Array.from(
        refineByClassifier(m, rowsOf(m.rows), dense, m.cols, new Float32Array(3 * m.cols), 3, first, {
          ...REFINEMENT,
          iterations: 5,
          seed,
        }),
      );
    expect(run(4)).toEqual(run(4));
  });

  it("makes k clusters, also when one starts without rows", () => {
    const { m, dense, truth } = topics(5);
    // Five clusters asked for, two of them with no rows: the model has nothing to learn them from.
    const first = Int32Array.from(truth);
    const refined = refineClusters(
      m,
      rowsOf(m.rows),
      dense,
      m.cols,
      5,
      { assignments: first, centroids: new Float32Array(5 * m.cols), objective: 0 },
      { seed: 2, large: false },
    );
    expect(new Set(refined.assignments).size).toBe(5);
  });
});
