import { lstat, readFile, readlink, realpath, stat, statfs } from "node:fs/promises";
import { dirname, isAbsolute, join, parse, resolve, sep } from "node:path";
import { filesystemByMagic, filesystemByName, moreCautious, type FilesystemType } from "./filesystem-types.js";
import { mountOf, parseMountinfo, type MountEntry } from "./mountinfo.js";
import type { InputSource } from "./open-input.js";

/** One directory on the way from the root to the file (or the file itself), as found on disk. */
export interface PathComponent {
  path: string;
  uid: number;
  /** Permission bits and the sticky bit (mode & 0o7777). */
  mode: number;
  directory: boolean;
  /** A symbolic link followed on the way (its own mode means nothing; its owner and directory do). */
  symlink?: true;
}

/** What can be learnt about where an input file lies, without reading it. Facts, no judgement. */
export type InputPathFacts =
  | {
      checkable: true;
      /** The path as given. */
      given: string;
      /** Symlinks resolved (realpath(3)). */
      realPath: string;
      kind: "file" | "fifo" | "character-device" | "block-device" | "socket" | "directory";
      size: number;
      mtimeMs: number;
      /** Modification time as ISO 8601 (fs.Stats.mtime). */
      mtime: string;
      /** statfs(2) f_type (Linux numbering; other systems number theirs differently). */
      statfsType?: number;
      /** Classification from statfs and mountinfo together, the more cautious of the two. */
      filesystem?: FilesystemType;
      /** The mountinfo entry the real path lies on, when /proc/self/mountinfo exists. */
      mount?: MountEntry;
      /** Root first, the file last. */
      components: PathComponent[];
      /** Effective uid of this process; undefined where the platform has none (Windows). */
      invokingUid?: number;
      platform: NodeJS.Platform;
    }
  | {
      checkable: false;
      given?: string;
      reason: string;
      /** The path does not resolve or cannot be examined: reading it fails too, and input-integrity says so. */
      unreadable?: true;
    };

const MOUNTINFO = "/proc/self/mountinfo";
/** mountinfo of a machine with thousands of mounts stays far below this. */
const MAX_MOUNTINFO_BYTES = 16 * 1024 * 1024;

async function readMountinfo(): Promise<MountEntry[] | undefined> {
  try {
    const text = await readFile(MOUNTINFO, "utf8");
    return text.length <= MAX_MOUNTINFO_BYTES ? parseMountinfo(text) : undefined;
  } catch {
    return undefined;
  }
}

function isStandardInput(source: InputSource): boolean {
  return typeof source === "object" && source !== null && (source === process.stdin || (source as { fd?: unknown }).fd === 0);
}

/**
 * Facts about the place of an input, for the path guard: real path, filesystem (statfs type and
 * mountinfo entry), owner and mode of the file and of every directory above it. Never throws.
 * Undefined for inputs that are not files at all (strings, byte arrays, in-process streams):
 * the caller holds those bytes itself. Standard input is `checkable: false`.
 */
export async function inspectInputPath(source: InputSource): Promise<InputPathFacts | undefined> {
  if (isStandardInput(source)) return { checkable: false, reason: "the input is standard input: there is no path to check" };
  if (typeof source !== "object" || source === null || source instanceof Uint8Array || Symbol.asyncIterator in source) return undefined;
  const given = (source as { path?: unknown }).path;
  if (typeof given !== "string") return undefined;
  return inspectPath(given);
}

export async function inspectPath(given: string): Promise<InputPathFacts> {
  let realPath: string;
  try {
    realPath = await realpath(given);
  } catch (err) {
    return { checkable: false, given, unreadable: true, reason: `the path cannot be resolved (${(err as NodeJS.ErrnoException).code ?? "error"})` };
  }
  let info;
  try {
    info = await stat(realPath);
  } catch (err) {
    return { checkable: false, given, unreadable: true, reason: `the file cannot be examined (${(err as NodeJS.ErrnoException).code ?? "error"})` };
  }
  const kind = info.isFile()
    ? "file"
    : info.isDirectory()
      ? "directory"
      : info.isFIFO()
        ? "fifo"
        : info.isCharacterDevice()
          ? "character-device"
          : info.isBlockDevice()
            ? "block-device"
            : "socket";

  const platform = process.platform;
  let statfsType: number | undefined;
  try {
    statfsType = (await statfs(realPath)).type;
  } catch {
    /* not available (old Node, some platforms): mountinfo may still tell */
  }
  const entries = platform === "linux" ? await readMountinfo() : undefined;
  const mount = entries ? mountOf(entries, realPath) : undefined;
  const fromMagic = platform === "linux" && statfsType !== undefined ? filesystemByMagic(statfsType) : undefined;
  const fromName = mount ? filesystemByName(mount.fsType) : undefined;
  const filesystem = moreCautious(fromMagic, fromName);

  const components = (await traversedEntries(given)) ?? (await realChain(realPath));
  const invokingUid = typeof process.geteuid === "function" ? process.geteuid() : undefined;
  return {
    checkable: true,
    given,
    realPath,
    kind,
    size: info.size,
    mtimeMs: info.mtimeMs,
    mtime: info.mtime.toISOString(),
    ...(statfsType !== undefined ? { statfsType } : {}),
    ...(filesystem ? { filesystem } : {}),
    ...(mount ? { mount } : {}),
    components,
    ...(invokingUid !== undefined ? { invokingUid } : {}),
    platform,
  };
}

/** Linux gives up after 40 links (ELOOP); so does the walk. */
const MAX_SYMLINKS = 40;

/**
 * Every directory and entry the kernel passes through to open `given`, symbolic links included, in
 * order, the file itself last: a link in a directory others can write is as swappable as the file.
 * Undefined when the walk fails (then the real path's own chain is judged).
 */
async function traversedEntries(given: string): Promise<PathComponent[] | undefined> {
  const out = new Map<string, PathComponent>();
  const add = (path: string, s: { uid: number; mode: number; isDirectory(): boolean; isSymbolicLink(): boolean }) => {
    if (!out.has(path)) out.set(path, { path, uid: s.uid, mode: s.mode & 0o7777, directory: s.isDirectory(), ...(s.isSymbolicLink() ? { symlink: true as const } : {}) });
  };
  try {
    const absolute = resolve(given);
    const root = parse(absolute).root;
    add(root, await lstat(root));
    let current = root;
    let pending = absolute.slice(root.length).split(sep).filter((p) => p !== "" && p !== ".");
    let links = 0;
    let last = root;
    while (pending.length) {
      const part = pending.shift()!;
      if (part === "..") {
        current = dirname(current);
        continue;
      }
      const entry = join(current, part);
      const s = await lstat(entry);
      // The entry is judged in traversal order; a directory reached through a link is added when entered.
      add(entry, s);
      last = entry;
      if (s.isSymbolicLink()) {
        if (++links > MAX_SYMLINKS) return undefined;
        const target = await readlink(entry);
        const targetParts = target.split(sep).filter((p) => p !== "" && p !== ".");
        if (isAbsolute(target)) current = parse(target).root;
        pending = [...targetParts, ...pending];
      } else current = entry;
    }
    // The file itself comes last, once, under its real path.
    const file = out.get(last);
    if (!file || file.symlink) return undefined;
    out.delete(last);
    out.set(last, file);
    return [...out.values()];
  } catch {
    return undefined;
  }
}

/** Root first, the file last: the real path's directories, for when the walk above could not be made. */
async function realChain(realPath: string): Promise<PathComponent[]> {
  const components: PathComponent[] = [];
  const root = parse(realPath).root;
  const chain: string[] = [];
  for (let dir = realPath; ; dir = dirname(dir)) {
    chain.unshift(dir);
    if (dir === root || dirname(dir) === dir) break;
  }
  for (const path of chain) {
    try {
      const s = await stat(path);
      components.push({ path, uid: s.uid, mode: s.mode & 0o7777, directory: s.isDirectory() });
    } catch {
      /* a directory we may not stat: judged by what we could */
    }
  }
  return components;
}
