// Vitest global setup: every temporary file or directory a test makes (os.tmpdir(), mkdtemp, child
// processes that inherit TMPDIR) goes under one directory of this run, removed when the run ends.
// Without it each run of the suite left ~55 directories in /tmp, among them a 104 MB language-server
// dump: 5,520 directories and 24 GB on the machine where that was noticed.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), "dumpguard-test-"));
  // Searchable by others, as /tmp is: the corpus scripts run PostgreSQL as an unprivileged user in directories below it.
  chmodSync(root, 0o755);
  const before = process.env.TMPDIR;
  // The test processes are forked after this, with this environment.
  process.env.TMPDIR = root;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(root, { recursive: true, force: true });
  };
}
