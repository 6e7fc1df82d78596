import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    pool: "forks",
    // One temporary directory per run, removed at its end (test/temp-root.ts).
    globalSetup: ["test/temp-root.ts"],
  },
});
