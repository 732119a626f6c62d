import { describe, expect, it } from "vitest";
import { clusterScripts, moveToOwnScript } from "./own-script";

// Three unit centroids in 3 dimensions: clusters 0 and 1 Arabic, cluster 2 Hebrew.
const centroids = Float32Array.from([1, 0, 0, 0, 1, 0, 0, 0, 1]);

describe("clusterScripts", () => {
  it("gives each cluster the script most of its members are written in", () => {
    const scripts = ["Arabic", "Arabic", "Hebrew", "Arabic", "Hebrew", "Hebrew", undefined];
    expect(clusterScripts(scripts, Int32Array.from([0, 0, 0, 1, 2, 2, 2]), 4)).toEqual([
      "Arabic",
      "Arabic",
      "Hebrew",
      undefined,
    ]);
  });
});

describe("moveToOwnScript", () => {
  it("moves a message from another script's cluster to the closest cluster of its own", () => {
    // A Hebrew message closest to Arabic cluster 1, next to Hebrew cluster 2.
    const x = Float32Array.from([0, 0.8, 0.6]);
    const assignments = Int32Array.from([1]);
    const similarity = Float32Array.from([0.8]);
    moveToOwnScript(
      x,
      1,
      3,
      centroids,
      ["Arabic", "Arabic", "Hebrew"],
      () => "Hebrew",
      assignments,
      similarity,
    );
    expect(assignments[0]).toBe(2);
    expect(similarity[0]).toBeCloseTo(0.6);
  });

  it("leaves a message whose script has no cluster, or no script, where it is", () => {
    const x = Float32Array.from([0, 0.8, 0.6, 0.6, 0.8, 0]);
    const assignments = Int32Array.from([1, 1]);
    const similarity = Float32Array.from([0.8, 0.8]);
    const scripts = ["Latin", undefined];
    moveToOwnScript(
      x,
      2,
      3,
      centroids,
      ["Arabic", "Arabic", "Hebrew"],
      (i) => scripts[i],
      assignments,
      similarity,
    );
    expect(Array.from(assignments)).toEqual([1, 1]);
  });
});
