import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "node20",
  },
  {
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    sourcemap: true,
    target: "node20",
    banner: { js: "#!/usr/bin/env node" },
    // Start-up: zod is dozens of ES modules, each resolved, read and compiled apart; bundled into the
    // CLI it is one file. The heavy parsers stay external and load on first use (src/core/lazy-require.ts).
    noExternal: ["zod", "fast-json-stable-stringify"],
  },
]);
