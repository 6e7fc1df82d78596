/**
 * Which filesystems hold a file locally, and which fetch its bytes from somewhere else.
 *
 * The hand-off procedure wants the dump "at a local path, no live mount: not a network share or
 * remote filesystem". Two independent facts name a file's filesystem on Linux: the `f_type` magic
 * number that statfs(2) returns (constants from linux/magic.h and the statfs(2) man page; values
 * the kernel headers do not carry, such as Lustre's and GPFS's, are the ones their drivers set),
 * and the type column of /proc/self/mountinfo (proc(5)), which also names FUSE subtypes
 * (`fuse.sshfs`). The path guard classifies by both and takes the more cautious answer.
 *
 * Kinds:
 * - `local`:  the bytes live on a disk or in memory of this machine.
 * - `remote`: another host serves the bytes (network and cluster filesystems): it can change them
 *             between the check and the restore, and reading them talks to it.
 * - `fuse`:   a userspace filesystem (FUSE, `fuse.*`): a process decides what the bytes are and where
 *             they come from (sshfs, rclone, s3fs, gcsfuse, glusterfs, ...); not provably local.
 * - `fuse-block`: `fuseblk`, a userspace driver for a local block device (ntfs-3g, exfat-fuse): the
 *             bytes are on a local disk, but a user process serves them.
 * - `virtual`: kernel pseudo-filesystems (proc, sysfs, pipes, ...): not a place a dump is kept.
 */
export type FilesystemKind = "local" | "remote" | "fuse" | "fuse-block" | "virtual";

export interface FilesystemType {
  /** Name as the mountinfo type column prints it (the first of `names`), used in messages. */
  names: readonly string[];
  /** statfs(2) f_type values, when the filesystem has its own. */
  magics: readonly number[];
  kind: FilesystemKind;
  label: string;
}

/** The documented table. One row per filesystem; names are mountinfo's, magics statfs(2)'s. */
export const FILESYSTEM_TYPES: readonly FilesystemType[] = [
  // Remote: network and cluster filesystems.
  { names: ["nfs", "nfs4"], magics: [0x6969], kind: "remote", label: "NFS" },
  { names: ["cifs", "smb3"], magics: [0xff534d42], kind: "remote", label: "SMB/CIFS" },
  { names: ["smb2"], magics: [0xfe534d42], kind: "remote", label: "SMB2" },
  { names: ["smbfs", "smb"], magics: [0x517b], kind: "remote", label: "SMB (smbfs)" },
  { names: ["9p"], magics: [0x01021997], kind: "remote", label: "9P (Plan 9 / virtio-9p host share)" },
  { names: ["ceph"], magics: [0x00c36400], kind: "remote", label: "CephFS" },
  { names: ["glusterfs"], magics: [], kind: "remote", label: "GlusterFS" },
  { names: ["lustre"], magics: [0x0bd00bd0], kind: "remote", label: "Lustre" },
  { names: ["afs"], magics: [0x5346414f, 0x6b414653], kind: "remote", label: "AFS" },
  { names: ["coda"], magics: [0x73757245], kind: "remote", label: "Coda" },
  { names: ["ncpfs", "ncp"], magics: [0x564c], kind: "remote", label: "NetWare (NCP)" },
  { names: ["gpfs"], magics: [0x47504653], kind: "remote", label: "IBM Spectrum Scale (GPFS)" },
  { names: ["pvfs2", "orangefs"], magics: [0x20030528], kind: "remote", label: "OrangeFS" },
  { names: ["beegfs"], magics: [0x19830326], kind: "remote", label: "BeeGFS" },
  { names: ["ocfs2"], magics: [0x7461636f], kind: "remote", label: "OCFS2 (shared-disk cluster filesystem)" },
  { names: ["gfs2"], magics: [0x01161970], kind: "remote", label: "GFS2 (shared-disk cluster filesystem)" },
  { names: ["davfs", "davfs2"], magics: [], kind: "remote", label: "WebDAV (davfs2)" },
  { names: ["virtiofs"], magics: [], kind: "remote", label: "virtiofs (a directory of the VM host)" },
  { names: ["vboxsf"], magics: [0x786f4256], kind: "remote", label: "VirtualBox shared folder" },
  { names: ["vmhgfs", "fuse.vmhgfs-fuse"], magics: [], kind: "remote", label: "VMware shared folder" },
  // Userspace filesystems: the FUSE magic covers every FUSE mount; mountinfo names the subtype.
  { names: ["fuse"], magics: [0x65735546], kind: "fuse", label: "FUSE" },
  { names: ["fuseblk"], magics: [], kind: "fuse-block", label: "FUSE on a local block device" },
  // Local disks and memory.
  { names: ["ext2", "ext3", "ext4"], magics: [0xef53], kind: "local", label: "ext2/3/4" },
  { names: ["xfs"], magics: [0x58465342], kind: "local", label: "XFS" },
  { names: ["btrfs"], magics: [0x9123683e], kind: "local", label: "Btrfs" },
  { names: ["zfs"], magics: [0x2fc12fc1], kind: "local", label: "ZFS" },
  { names: ["f2fs"], magics: [0xf2f52010], kind: "local", label: "F2FS" },
  { names: ["bcachefs"], magics: [0xca451a4e], kind: "local", label: "bcachefs" },
  { names: ["reiserfs"], magics: [0x52654973], kind: "local", label: "ReiserFS" },
  { names: ["jfs"], magics: [0x3153464a], kind: "local", label: "JFS" },
  { names: ["nilfs2"], magics: [0x3434], kind: "local", label: "NILFS2" },
  { names: ["vfat", "msdos", "fat"], magics: [0x4d44], kind: "local", label: "FAT" },
  { names: ["exfat"], magics: [0x2011bab0], kind: "local", label: "exFAT" },
  { names: ["ntfs", "ntfs3"], magics: [0x5346544e], kind: "local", label: "NTFS" },
  { names: ["hfsplus"], magics: [0x482b], kind: "local", label: "HFS+" },
  { names: ["iso9660"], magics: [0x9660], kind: "local", label: "ISO 9660" },
  { names: ["udf"], magics: [0x15013346], kind: "local", label: "UDF" },
  { names: ["squashfs"], magics: [0x73717368], kind: "local", label: "SquashFS" },
  { names: ["erofs"], magics: [0xe0f5e1e2], kind: "local", label: "EROFS" },
  { names: ["overlay"], magics: [0x794c7630], kind: "local", label: "overlayfs (container layers)" },
  { names: ["tmpfs", "shmem"], magics: [0x01021994], kind: "local", label: "tmpfs" },
  { names: ["ramfs"], magics: [0x858458f6], kind: "local", label: "ramfs" },
  { names: ["ecryptfs"], magics: [0xf15f], kind: "local", label: "eCryptfs" },
  // Kernel pseudo-filesystems.
  { names: ["proc"], magics: [0x9fa0], kind: "virtual", label: "procfs" },
  { names: ["sysfs"], magics: [0x62656572], kind: "virtual", label: "sysfs" },
  { names: ["devtmpfs"], magics: [], kind: "virtual", label: "devtmpfs" },
  { names: ["devpts"], magics: [0x1cd1], kind: "virtual", label: "devpts" },
  { names: ["pipefs"], magics: [0x50495045], kind: "virtual", label: "pipe" },
  { names: ["sockfs"], magics: [0x534f434b], kind: "virtual", label: "socket" },
];

const byName = new Map<string, FilesystemType>();
const byMagic = new Map<number, FilesystemType>();
for (const row of FILESYSTEM_TYPES) {
  for (const name of row.names) byName.set(name, row);
  for (const magic of row.magics) byMagic.set(magic, row);
}

/** Known remote filesystems that run as FUSE daemons: named in messages, classified `remote`. */
const REMOTE_FUSE_SUBTYPES = new Set([
  "sshfs", "rclone", "s3fs", "gcsfuse", "goofys", "glusterfs", "ceph-fuse", "juicefs", "curlftpfs", "httpfs2", "davfs2", "gvfsd-fuse",
  "mfs", "lizardfs", "moosefs", "seaweedfs", "cvmfs", "blobfuse", "blobfuse2", "onedriver", "google-drive-ocamlfuse", "vmhgfs-fuse",
]);

/** Classify a mountinfo type column (`ext4`, `nfs4`, `fuse.sshfs`, ...); undefined when unknown. */
export function filesystemByName(fstype: string): FilesystemType | undefined {
  const name = fstype.toLowerCase();
  const known = byName.get(name);
  if (known) return known;
  if (name.startsWith("fuse.")) {
    const subtype = name.slice("fuse.".length);
    return REMOTE_FUSE_SUBTYPES.has(subtype)
      ? { names: [name], magics: [], kind: "remote", label: `${subtype} (remote filesystem over FUSE)` }
      : { names: [name], magics: [], kind: "fuse", label: `FUSE (${subtype})` };
  }
  return undefined;
}

/** Classify a statfs(2) `f_type` (Linux only: other systems number their types differently). */
export function filesystemByMagic(magic: number): FilesystemType | undefined {
  return byMagic.get(magic >>> 0);
}

const CAUTION: Record<FilesystemKind, number> = { local: 0, virtual: 1, "fuse-block": 2, fuse: 3, remote: 4 };

/** Of two classifications of the same file, the one that proves less (remote beats FUSE beats local). */
export function moreCautious(a: FilesystemType | undefined, b: FilesystemType | undefined): FilesystemType | undefined {
  if (!a) return b;
  if (!b) return a;
  return CAUTION[b.kind] > CAUTION[a.kind] ? b : a;
}
