import { defineConfig } from "tsup";

export default defineConfig([
  {
    // worker: the entry of worker threads (src/parallel/run.ts starts it from next to the bundle).
    entry: { index: "src/index.ts", worker: "src/parallel/worker.ts" },
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
  {
    // The VS Code extension (editors/vscode): CommonJS as VS Code loads it, vscode-languageclient bundled in,
    // `vscode` provided by the editor at run time.
    entry: { extension: "editors/vscode/src/extension.ts" },
    outDir: "editors/vscode/dist",
    format: ["cjs"],
    outExtension: () => ({ js: ".js" }),
    platform: "node",
    target: "node20",
    external: ["vscode"],
    noExternal: ["vscode-languageclient"],
    sourcemap: true,
    clean: true,
  },
]);
