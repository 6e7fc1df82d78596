import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "tsup";
import { codeCacheFile, YOUNG_GENERATION_FLAG } from "./src/cli/young-generation.js";

/** A small dump the build checks once to fill the CLI's code cache with what a `check` run compiles. */
const CODE_CACHE_SAMPLE = [
  "--\n-- PostgreSQL database dump\n--\n\nSET statement_timeout = 0;\nSET client_encoding = 'UTF8';\nSET standard_conforming_strings = on;",
  "SELECT pg_catalog.set_config('search_path', '', false);\n",
  "CREATE TABLE public.users (\n    id bigint NOT NULL,\n    full_name text,\n    email text,\n    phone text,\n    settings jsonb,\n    last_ip inet\n);\n",
  "ALTER TABLE public.users OWNER TO app;\nCOMMENT ON TABLE public.users IS 'people';\n",
  "CREATE FUNCTION public.touch() RETURNS trigger\n    LANGUAGE plpgsql\n    AS $$ BEGIN NEW.id := NEW.id; RETURN NEW; END $$;\n",
  "COPY public.users (id, full_name, email, phone, settings, last_ip) FROM stdin;",
  '1\tAnné Müller\tanne@example.org\t+44 20 7946 0958\t{"theme": "dark", "api_url": "https://api.example.com"}\t10.1.2.3',
  "2\t\\N\tbob@example.com\t\\N\t\\N\t\\N",
  "\\.\n",
  "ALTER TABLE ONLY public.users\n    ADD CONSTRAINT users_pkey PRIMARY KEY (id);\n",
  "CREATE INDEX users_email ON public.users USING btree (email);\nGRANT SELECT ON TABLE public.users TO reader;\n",
].join("\n");

/**
 * dist/cli.js (the package's bin): an ES module of two lines that runs dist/cli-launch.cjs; then one
 * `check` of a small dump writes the code cache next to the bundle, and one more under the respawned
 * child's V8 flag writes the child's. A build whose cache step fails
 * still works (the CLI compiles as before), so the failure is only reported.
 */
async function buildCliEntry(): Promise<void> {
  writeFileSync("dist/cli.js", '#!/usr/bin/env node\n// Runs the CLI bundle from its V8 code cache: see src/cli/launch.ts.\nimport { createRequire } from "node:module";\n\ncreateRequire(import.meta.url)("./cli-launch.cjs");\n');
  chmodSync("dist/cli.js", 0o755);
  // One cache for node as it starts by default, one for the child node that checks a large file under a V8 flag (src/cli/respawn.ts).
  for (const flags of [[], [YOUNG_GENERATION_FLAG]]) {
    const cache = codeCacheFile("dist/cli-bundle.cjs", flags);
    rmSync(cache, { force: true });
    const run = spawnSync(process.execPath, [...flags, "dist/cli.js", "check", "-", "--format", "json", "--no-progress"], {
      input: CODE_CACHE_SAMPLE,
      env: { ...process.env, DUMPGUARD_CODE_CACHE_OUT: cache, NODE_OPTIONS: "" },
      encoding: "utf8",
    });
    if (run.status !== 0 && run.status !== 1) console.error(`tsup.config.ts: the CLI's code cache ${cache} was not written (check exited ${run.status}): ${run.stderr}`);
  }
}

/**
 * dist/worker.cjs.v8cache, the code cache of worker threads (src/parallel/worker-launch.ts): one check of the
 * same small dump at --jobs 2, whose worker writes the code V8 compiled for it (the engine and the worker's rules)
 * when it hands back its work. Under node's default flags, as the CLI starts workers; a failure only costs speed.
 */
async function buildWorkerCache(): Promise<void> {
  const cache = "dist/worker.cjs.v8cache";
  rmSync(cache, { force: true });
  const dir = mkdtempSync(join(tmpdir(), "dumpguard-build-"));
  try {
    const dump = join(dir, "sample.sql");
    writeFileSync(dump, CODE_CACHE_SAMPLE);
    // splitSmallInputs: the rules are split between two threads for a dump this small too (a knob of analyze's).
    const script = `require("./dist/index.cjs").analyze({ path: ${JSON.stringify(dump)} }, { jobs: 2, splitSmallInputs: true }).then(() => {}, (e) => { console.error(e); process.exitCode = 2; });`;
    const run = spawnSync(process.execPath, ["-e", script], { env: { ...process.env, DUMPGUARD_WORKER_CODE_CACHE_OUT: cache, NODE_OPTIONS: "" }, encoding: "utf8" });
    if (run.status !== 0 || !existsSync(cache)) console.error(`tsup.config.ts: the workers' code cache ${cache} was not written (exit ${run.status}): ${run.stderr}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export default defineConfig([
  {
    // worker: the entry of worker threads (src/parallel/run.ts starts it from next to the bundle), which worker-launch
    // runs from its code cache (the .cjs of each; its .js is not used).
    entry: { index: "src/index.ts", worker: "src/parallel/worker.ts", "worker-launch": "src/parallel/worker-launch.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "node20",
    onSuccess: buildWorkerCache,
  },
  {
    // The CLI: one CommonJS file (dist/cli-bundle.cjs) that dist/cli.js runs through src/cli/launch.ts
    // from V8's code cache (start-up, issue 12). zod is dozens of ES modules, each resolved, read and
    // compiled apart; bundled it is one file. The heavy parsers stay external and load on first use
    // (src/core/lazy-require.ts), as does the language server's library.
    entry: { "cli-bundle": "src/cli/main.ts", "cli-launch": "src/cli/launch.ts" },
    format: ["cjs"],
    outExtension: () => ({ js: ".cjs" }),
    sourcemap: true,
    target: "node20",
    shims: true,
    noExternal: ["zod", "fast-json-stable-stringify"],
    onSuccess: buildCliEntry,
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
