/**
 * /proc/self/mountinfo (proc(5), "/proc/pid/mountinfo"): one line per mount,
 *
 *   36 35 98:0 /mnt1 /mnt/parent rw,noatime master:1 - ext3 /dev/root rw,errors=continue
 *   (1)(2)(3)   (4)   (5)         (6)      (7)      (8) (9)  (10)      (11)
 *
 * mount ID, parent ID, major:minor, root within the filesystem, mount point, mount options, zero or
 * more optional fields ended by a single "-", filesystem type, mount source, super options. The
 * kernel escapes space, tab, newline and backslash in paths as octal `\040`, `\011`, `\012`, `\134`.
 */
export interface MountEntry {
  mountId: number;
  parentId: number;
  /** "major:minor" of the filesystem's device (st_dev of files on it). */
  device: string;
  /** Path within the filesystem that is mounted here (not "/" for bind mounts of a subdirectory). */
  root: string;
  mountPoint: string;
  options: string;
  fsType: string;
  /** What was mounted: a device, `server:/export`, `//host/share`, a FUSE daemon's name, ... */
  source: string;
}

/** Undo the kernel's octal escapes (`\040` -> space); other backslashes are kept as they are. */
export function unescapeMountField(field: string): string {
  return field.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(parseInt(octal, 8)));
}

/** Parse mountinfo text; malformed lines are skipped (a file we cannot read proves nothing). */
export function parseMountinfo(text: string): MountEntry[] {
  const entries: MountEntry[] = [];
  for (const line of text.split("\n")) {
    if (!line) continue;
    const fields = line.split(" ");
    const dash = fields.indexOf("-", 6);
    if (fields.length < 6 || dash < 0 || fields.length < dash + 3) continue;
    const mountId = Number(fields[0]);
    const parentId = Number(fields[1]);
    if (!Number.isInteger(mountId) || !Number.isInteger(parentId)) continue;
    entries.push({
      mountId,
      parentId,
      device: fields[2]!,
      root: unescapeMountField(fields[3]!),
      mountPoint: unescapeMountField(fields[4]!),
      options: fields[5]!,
      fsType: unescapeMountField(fields[dash + 1]!),
      source: unescapeMountField(fields[dash + 2]!),
    });
  }
  return entries;
}

/**
 * The mount a real (symlink-free, absolute) path lies on: the deepest mount point that is the path
 * or one of its ancestors; when mounts are stacked on one point, the last one listed is the one seen.
 */
export function mountOf(entries: readonly MountEntry[], realPath: string): MountEntry | undefined {
  let best: MountEntry | undefined;
  for (const entry of entries) {
    const mp = entry.mountPoint;
    const covers = mp === "/" || realPath === mp || realPath.startsWith(mp.endsWith("/") ? mp : `${mp}/`);
    if (covers && (!best || mp.length >= best.mountPoint.length)) best = entry;
  }
  return best;
}

/**
 * A mount source for display, with credentials masked: the password of `//user:pass@host/share`,
 * `scheme://user:pass@host/...` and `user:pass@host:/path`, and `password=`/`pass=`/`pwd=`/`secret=`/
 * `token=` values (some helpers put options in the source).
 */
export function maskMountSource(source: string): string {
  return source
    .replace(/^((?:[a-z][a-z0-9+.-]*:)?\/\/)?([^:@/\s]*):[^/\s]*@/i, (_, prefix: string | undefined, user: string) => `${prefix ?? ""}${user}:***@`)
    .replace(/\b(password|passwd|pass|pwd|secret|token)=[^,;\s]*/gi, "$1=***");
}
