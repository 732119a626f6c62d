import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "jobs/**/*.test.ts", "test/**/*.test.ts"],
    // PGlite boots a WebAssembly PostgreSQL per suite: a few seconds each.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
  },
});
