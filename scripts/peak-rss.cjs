// Preloaded by the bench's CLI memory row (`node -r ./scripts/peak-rss.cjs dist/cli.js check ...`, scripts/bench.ts):
// the process's peak RSS in MB on stderr as it exits (`peak-rss-mb N`), so the bench measures the process a user
// runs, and only it (no tsx loader thread: see scripts/rss-child.mjs). Worker threads load it too, and say nothing.
const { isMainThread } = require("node:worker_threads");

if (isMainThread) process.on("exit", () => process.stderr.write(`peak-rss-mb ${process.resourceUsage().maxRSS / 1024}\n`));
