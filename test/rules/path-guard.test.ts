import { execFileSync } from "node:child_process";
import { chmodSync, chownSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze.js";
import { filesystemByName } from "../../src/input/filesystem-types.js";
import { inspectPath, type InputPathFacts } from "../../src/input/path-facts.js";
import type { Finding } from "../../src/report/schema.js";
import { pathGuard } from "../../src/rules/path-guard.js";
import type { FindingInput, RuleContext } from "../../src/rules/rule.js";

const DUMP = "corpus/dumps/birth-surface/plain.sql";
const guard = async (path: string): Promise<Finding[]> => (await analyze({ path }, { onlyRules: ["path-guard"] })).findings;

/** The rule alone, judging facts a test writes by hand (a remote mount cannot be made on every machine). */
function judge(facts: InputPathFacts | undefined): FindingInput[] {
  const reports: FindingInput[] = [];
  const context = {
    options: {},
    ...(facts ? { inputPath: facts } : {}),
    report: (f: FindingInput) => reports.push(f),
    onEnd: () => {},
  } as unknown as RuleContext<never>;
  pathGuard.check(context);
  return reports;
}
const fileFacts = (over: Partial<Extract<InputPathFacts, { checkable: true }>>): InputPathFacts => ({
  checkable: true,
  given: "/srv/handoff/dump.sql",
  realPath: "/srv/handoff/dump.sql",
  kind: "file",
  size: 10,
  mtimeMs: 0,
  mtime: "1970-01-01T00:00:00.000Z",
  components: [
    { path: "/", uid: 0, mode: 0o755, directory: true },
    { path: "/srv", uid: 0, mode: 0o755, directory: true },
    { path: "/srv/handoff", uid: 1000, mode: 0o700, directory: true },
    { path: "/srv/handoff/dump.sql", uid: 1000, mode: 0o600, directory: false },
  ],
  invokingUid: 1000,
  platform: "linux",
  filesystem: filesystemByName("ext4")!,
  mount: { mountId: 1, parentId: 0, device: "8:1", root: "/", mountPoint: "/", options: "rw", fsType: "ext4", source: "/dev/sda1" },
  ...over,
});

describe("path-guard judging facts", () => {
  it("says nothing for a local file owned by the user in directories only the user or root can write", () => {
    expect(judge(fileFacts({}))).toEqual([]);
  });
  it("says nothing for inputs that are not files (strings, bytes, in-process streams)", () => {
    expect(judge(undefined)).toEqual([]);
  });
  it("an NFS mount is an error naming the type, mount point and source", () => {
    const [f, ...rest] = judge(fileFacts({ filesystem: filesystemByName("nfs4")!, mount: { mountId: 2, parentId: 1, device: "0:50", root: "/", mountPoint: "/srv", options: "rw", fsType: "nfs4", source: "10.1.2.3:/exports" } }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: "error" });
    expect(f!.message).toContain("network or remote filesystem: NFS (nfs4, mounted at /srv from 10.1.2.3:/exports)");
  });
  it("an SMB mount's password never reaches the message", () => {
    const [f] = judge(fileFacts({ filesystem: filesystemByName("cifs")!, mount: { mountId: 2, parentId: 1, device: "0:50", root: "/", mountPoint: "/srv", options: "rw", fsType: "cifs", source: "//svc:Tr0ub4dor&3@files/dumps" } }));
    expect(f!.severity).toBe("error");
    expect(f!.message).toContain("from //svc:***@files/dumps");
    expect(JSON.stringify(f)).not.toContain("Tr0ub4dor");
  });
  it("sshfs and any other FUSE filesystem are errors; fuseblk (local disk, userspace driver) a warning", () => {
    const sshfs = { mountId: 2, parentId: 1, device: "0:50", root: "/", mountPoint: "/srv", options: "rw", fsType: "fuse.sshfs", source: "deploy@db-prod:/var/backups" };
    expect(judge(fileFacts({ filesystem: filesystemByName("fuse.sshfs")!, mount: sshfs }))[0]).toMatchObject({ severity: "error" });
    expect(judge(fileFacts({ filesystem: filesystemByName("fuse.whatever")! }))[0]).toMatchObject({ severity: "error" });
    expect(judge(fileFacts({ filesystem: filesystemByName("fuseblk")! }))[0]).toMatchObject({ severity: "warning" });
  });
  it("an unknown filesystem on Linux is a warning (locality not proven); elsewhere an info", () => {
    const { filesystem: _, ...rest } = fileFacts({}) as Extract<InputPathFacts, { checkable: true }>;
    expect(judge({ ...rest, statfsType: 0x1234 })[0]).toMatchObject({ severity: "warning" });
    expect(judge({ ...rest, platform: "darwin" })[0]).toMatchObject({ severity: "info" });
  });
  it("warns about a world-writable directory without the sticky bit, not about one with it (/tmp)", () => {
    const components = (mode: number) => [
      { path: "/", uid: 0, mode: 0o755, directory: true },
      { path: "/drop", uid: 0, mode, directory: true },
      { path: "/drop/dump.sql", uid: 1000, mode: 0o600, directory: false },
    ];
    const open = judge(fileFacts({ realPath: "/drop/dump.sql", given: "/drop/dump.sql", components: components(0o777) }));
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ severity: "warning" });
    expect(open[0]!.message).toContain("/drop");
    expect(judge(fileFacts({ realPath: "/drop/dump.sql", given: "/drop/dump.sql", components: components(0o1777) }))).toEqual([]);
  });
  it("warns about a file or directory owned by someone else; root-owned ones are fine", () => {
    const base = (fileFacts({}) as Extract<InputPathFacts, { checkable: true }>).components;
    const foreignFile = judge(fileFacts({ components: [...base.slice(0, 3), { ...base[3]!, uid: 1001 }] }));
    expect(foreignFile).toHaveLength(1);
    expect(foreignFile[0]!.message).toContain("is owned by uid 1001, not by the checking user (uid 1000)");
    const foreignDir = judge(fileFacts({ components: [base[0]!, { ...base[1]!, uid: 1001 }, ...base.slice(2)] }));
    expect(foreignDir[0]!.message).toContain("/srv, on the way to /srv/handoff/dump.sql, is owned by uid 1001");
    expect(judge(fileFacts({ components: [...base.slice(0, 3), { ...base[3]!, uid: 0 }] }))).toEqual([]);
  });
  it("stdin and devices: info, path not checkable", () => {
    expect(judge({ checkable: false, reason: "the input is standard input: there is no path to check" })[0]).toMatchObject({ severity: "info" });
    expect(judge(fileFacts({ kind: "fifo" }))[0]!.message).toMatch(/^path not checkable: .* is a fifo/);
  });
});

describe("path-guard on real inputs", () => {
  it("a committed corpus dump on this machine's disk: the facts are right", async () => {
    const facts = await inspectPath(DUMP);
    if (!facts.checkable) throw new Error(facts.reason);
    expect(facts.realPath.endsWith("/corpus/dumps/birth-surface/plain.sql")).toBe(true);
    expect(facts.kind).toBe("file");
    expect(facts.components.at(-1)!.path).toBe(facts.realPath);
    expect(facts.components[0]!.path).toBe("/");
    if (process.platform === "linux") expect(facts.mount).toBeDefined();
  });
  it("resolves symlinks to the real path", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dumpguard-pathguard-"));
    const { symlinkSync, realpathSync } = await import("node:fs");
    symlinkSync(realpathSync(DUMP), join(dir, "link.sql"));
    const facts = await inspectPath(join(dir, "link.sql"));
    expect(facts.checkable && facts.realPath).toBe(realpathSync(DUMP));
    rmSync(dir, { recursive: true });
  });
  it("judges every directory and link on the way from the path as given: a link in an open directory is swappable", async () => {
    const { symlinkSync, realpathSync } = await import("node:fs");
    const dir = realpathSync(mkdtempSync(join(tmpdir(), "dumpguard-pathguard-")));
    const safe = join(dir, "safe");
    const open = join(dir, "open");
    mkdirSync(safe);
    mkdirSync(open);
    chmodSync(open, 0o777);
    copyFileSync(DUMP, join(safe, "dump.sql"));
    symlinkSync("../safe/dump.sql", join(open, "link.sql"));
    const facts = await inspectPath(join(open, "link.sql"));
    if (!facts.checkable) throw new Error(facts.reason);
    expect(facts.realPath).toBe(join(safe, "dump.sql"));
    // The walk: /, each directory down to `dir`, `open`, the link in it, then (following "../safe/dump.sql") `safe` and the file.
    const ancestors = dir.split("/").slice(1).map((_, i, parts) => `/${parts.slice(0, i + 1).join("/")}`);
    expect(facts.components.map((c) => [c.path, c.symlink ?? false])).toEqual([
      ["/", false],
      ...ancestors.map((p) => [p, false]),
      [open, false],
      [join(open, "link.sql"), true],
      [safe, false],
      [join(safe, "dump.sql"), false],
    ]);
    const findings = await guard(join(open, "link.sql"));
    expect(findings.map((f) => f.severity)).toEqual(["warning"]);
    expect(findings[0]!.message).toContain(`writable by everyone (directories without the sticky bit): ${open};`);
    // The same file by its real path: nothing to say.
    expect(await guard(join(safe, "dump.sql"))).toEqual([]);
    rmSync(dir, { recursive: true });
  });
  it.runIf(typeof process.geteuid === "function" && process.geteuid() === 0)("as root: a symbolic link owned by another user is a warning, even in a sticky directory", async () => {
    const { symlinkSync, lchownSync, realpathSync } = await import("node:fs");
    const dir = realpathSync(mkdtempSync(join(tmpdir(), "dumpguard-pathguard-")));
    const sticky = join(dir, "drop");
    mkdirSync(sticky);
    chmodSync(sticky, 0o1777);
    copyFileSync(DUMP, join(dir, "dump.sql"));
    symlinkSync(join(dir, "dump.sql"), join(sticky, "link.sql"));
    expect(await guard(join(sticky, "link.sql"))).toEqual([]);
    lchownSync(join(sticky, "link.sql"), 65534, 65534);
    const findings = await guard(join(sticky, "link.sql"));
    expect(findings.map((f) => f.severity)).toEqual(["warning"]);
    expect(findings[0]!.message).toContain(`the symbolic link ${join(sticky, "link.sql")}, on the way to`);
    rmSync(dir, { recursive: true });
  });
  it("standard input is 'path not checkable' (info); a string input has no path and no finding", async () => {
    const stdinLike = Object.assign(Readable.from([Buffer.from("SELECT 1;\n")]), { fd: 0 });
    const findings = (await analyze(stdinLike, { onlyRules: ["path-guard"] })).findings;
    expect(findings.map((f) => [f.severity, f.message])).toEqual([["info", "path not checkable: the input is standard input: there is no path to check; dumpguard cannot prove the dump is a local file"]]);
    expect((await analyze("SELECT 1;\n", { onlyRules: ["path-guard"] })).findings).toEqual([]);
  });
  it("a missing file: path-guard is silent, input-integrity reports it", async () => {
    expect(await guard("/nonexistent/dump.sql")).toEqual([]);
  });
  it.runIf(typeof process.geteuid === "function" && process.geteuid() === 0)("as root: a file owned by another user and a world-writable directory are warnings", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dumpguard-pathguard-"));
    const open = join(dir, "drop");
    mkdirSync(open);
    chmodSync(open, 0o777);
    const file = join(open, "dump.sql");
    copyFileSync(DUMP, file);
    chownSync(file, 65534, 65534);
    const findings = await guard(file);
    expect(findings.map((f) => f.severity)).toEqual(["warning", "warning"]);
    expect(findings.some((f) => f.message.includes(`writable by everyone (directories without the sticky bit): ${open}`))).toBe(true);
    expect(findings.some((f) => f.message.includes("is owned by uid 65534"))).toBe(true);
    chmodSync(open, 0o1777);
    chownSync(file, 0, 0);
    expect(await guard(file)).toEqual([]);
    rmSync(dir, { recursive: true });
  });
});

// Real mounts made in the test. They need Linux, root and CAP_SYS_ADMIN (a container may lack it);
// each test says why it skips. Every mount is undone in afterAll.
const mounted: string[] = [];
const canMount = process.platform === "linux" && typeof process.geteuid === "function" && process.geteuid() === 0;
const NO_MOUNT = "mounting needs Linux and root";
function run(cmd: string, args: string[]): string | undefined {
  try {
    execFileSync(cmd, args, { stdio: ["ignore", "ignore", "pipe"], timeout: 30_000 });
    return undefined;
  } catch (err) {
    const stderr = (err as { stderr?: Buffer }).stderr?.toString().trim();
    return `${cmd} ${args[0] ?? ""}: ${stderr || (err as Error).message}`.slice(0, 300);
  }
}
function mountOrSkip(skip: (note: string) => never, cmd: string, args: string[], point: string): void {
  if (!canMount) skip(NO_MOUNT);
  const failed = run(cmd, args);
  if (failed) skip(`cannot mount here (${failed})`);
  mounted.push(point);
}
const base = mkdtempSync(join(tmpdir(), "dumpguard-mounts-"));
afterAll(() => {
  for (const point of mounted.reverse()) if (run("umount", [point])) run("umount", ["-l", point]);
  rmSync(base, { recursive: true, force: true });
});

describe("path-guard on mounts made here", () => {
  it("tmpfs at a mount point with a space (mountinfo writes \\040): local, no finding", async ({ skip }) => {
    const point = join(base, "tmp fs");
    mkdirSync(point);
    mountOrSkip(skip, "mount", ["-t", "tmpfs", "-o", "size=4m,mode=0700", "dumpguard-test", point], point);
    const file = join(point, "dump.sql");
    copyFileSync(DUMP, file);
    const facts = await inspectPath(file);
    expect(facts.checkable && facts.mount).toMatchObject({ mountPoint: point, fsType: "tmpfs", source: "dumpguard-test" });
    expect(facts.checkable && facts.filesystem?.label).toBe("tmpfs");
    expect(facts.checkable && facts.statfsType).toBe(0x01021994);
    expect(await guard(file)).toEqual([]);
  });
  it("a bind mount of the corpus: the bind's mount entry, the underlying filesystem, no finding", async ({ skip }) => {
    const point = join(base, "bind");
    mkdirSync(point);
    mountOrSkip(skip, "mount", ["--bind", "corpus/dumps/birth-surface", point], point);
    const file = join(point, "plain.sql");
    const facts = await inspectPath(file);
    const original = await inspectPath(DUMP);
    if (!facts.checkable || !original.checkable) throw new Error("not checkable");
    expect(facts.mount?.mountPoint).toBe(point);
    expect(facts.mount?.root.endsWith("/corpus/dumps/birth-surface")).toBe(true);
    expect(facts.mount?.fsType).toBe(original.mount?.fsType);
    expect(facts.mount?.device).toBe(original.mount?.device);
    expect(facts.statfsType).toBe(original.statfsType);
    expect(await guard(file)).toEqual(await guard(DUMP));
  });
  for (const [fs, mkfs, mkfsArgs, magic] of [
    ["ext2", "mkfs.ext2", ["-q", "-F"], 0xef53],
    ["vfat", "mkfs.vfat", [], 0x4d44],
  ] as const) {
    it(`a loop mount of a small ${fs} image: local, no finding`, async ({ skip }) => {
      const image = join(base, `${fs}.img`);
      writeFileSync(image, Buffer.alloc(4 * 1024 * 1024));
      const made = run(mkfs, [...mkfsArgs, image]);
      if (made) skip(`${mkfs} is not installed or failed (${made}); apt-get install ${fs === "vfat" ? "dosfstools" : "e2fsprogs"}`);
      const point = join(base, `loop-${fs}`);
      mkdirSync(point);
      mountOrSkip(skip, "mount", ["-o", fs === "vfat" ? "loop,uid=0,gid=0,fmask=0177,dmask=0077" : "loop", "-t", fs, image, point], point);
      const file = join(point, "dump.sql");
      copyFileSync(DUMP, file);
      const facts = await inspectPath(file);
      expect(facts.checkable && facts.mount?.fsType).toBe(fs);
      expect(facts.checkable && facts.statfsType).toBe(magic);
      expect(facts.checkable && facts.mount?.source.startsWith("/dev/loop")).toBe(true);
      expect(await guard(file)).toEqual([]);
    });
  }
  it("a FUSE mount (bindfs): an error with the mount point and source; the CLI exits 1", async ({ skip }) => {
    const src = join(base, "fuse-src");
    const point = join(base, "fuse");
    mkdirSync(src);
    mkdirSync(point);
    copyFileSync(DUMP, join(src, "dump.sql"));
    if (run("bindfs", ["--version"])) skip("bindfs (a FUSE filesystem) is not installed: apt-get install bindfs");
    mountOrSkip(skip, "bindfs", [src, point], point);
    const file = join(point, "dump.sql");
    const findings = await guard(file);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: "path-guard", severity: "error", location: { kind: "input", file } });
    expect(findings[0]!.message).toContain(`userspace (FUSE) filesystem: FUSE (fuse, mounted at ${point} from ${src})`);
    let code = 0;
    try {
      execFileSync(process.execPath, ["dist/cli.js", "check", file, "--no-progress"], { stdio: "pipe" });
    } catch (err) {
      code = (err as { status: number }).status;
    }
    expect(code).toBe(1);
  });
});
