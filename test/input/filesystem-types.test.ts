import { describe, expect, it } from "vitest";
import { FILESYSTEM_TYPES, filesystemByMagic, filesystemByName, moreCautious } from "../../src/input/filesystem-types.js";
import { maskMountSource, mountOf, parseMountinfo, unescapeMountField } from "../../src/input/mountinfo.js";

describe("the filesystem type table", () => {
  // Magic numbers as linux/magic.h and statfs(2) give them, written out here independently of the table.
  const magics: [number, string, string][] = [
    [0x6969, "nfs", "remote"],
    [0xff534d42, "cifs", "remote"],
    [0xfe534d42, "smb2", "remote"],
    [0x517b, "smbfs", "remote"],
    [0x01021997, "9p", "remote"],
    [0x00c36400, "ceph", "remote"],
    [0x0bd00bd0, "lustre", "remote"],
    [0x6b414653, "afs", "remote"],
    [0x5346414f, "afs", "remote"],
    [0x65735546, "fuse", "fuse"],
    [0xef53, "ext2", "local"],
    [0x58465342, "xfs", "local"],
    [0x9123683e, "btrfs", "local"],
    [0x01021994, "tmpfs", "local"],
    [0x794c7630, "overlay", "local"],
    [0x4d44, "vfat", "local"],
    [0x9fa0, "proc", "virtual"],
    [0x50495045, "pipefs", "virtual"],
  ];
  for (const [magic, name, kind] of magics) {
    it(`statfs type 0x${magic.toString(16)} is ${name} (${kind})`, () => {
      expect(filesystemByMagic(magic)?.names).toContain(name);
      expect(filesystemByMagic(magic)?.kind).toBe(kind);
    });
  }
  it("reads f_type as unsigned (statfs can hand back a negative 32-bit value)", () => {
    expect(filesystemByMagic(0xff534d42 | 0)?.label).toBe("SMB/CIFS");
  });
  const names: [string, string][] = [
    ["nfs", "remote"], ["nfs4", "remote"], ["cifs", "remote"], ["smb3", "remote"], ["smb2", "remote"], ["9p", "remote"], ["ceph", "remote"],
    ["glusterfs", "remote"], ["lustre", "remote"], ["afs", "remote"], ["virtiofs", "remote"], ["davfs", "remote"],
    ["fuse.sshfs", "remote"], ["fuse.rclone", "remote"], ["fuse.s3fs", "remote"], ["fuse.glusterfs", "remote"], ["fuse.ceph-fuse", "remote"],
    ["fuse", "fuse"], ["fuse.bindfs", "fuse"], ["fuse.somethingnew", "fuse"], ["fuseblk", "fuse-block"],
    ["ext4", "local"], ["xfs", "local"], ["tmpfs", "local"], ["vfat", "local"], ["overlay", "local"], ["zfs", "local"],
    ["proc", "virtual"], ["sysfs", "virtual"],
  ];
  for (const [name, kind] of names) {
    it(`mountinfo type ${name} is ${kind}`, () => expect(filesystemByName(name)?.kind).toBe(kind));
  }
  it("does not guess at unknown types", () => {
    expect(filesystemByName("myfs")).toBeUndefined();
    expect(filesystemByMagic(0x12345678)).toBeUndefined();
  });
  it("has no name or magic twice", () => {
    const allNames = FILESYSTEM_TYPES.flatMap((t) => t.names);
    const allMagics = FILESYSTEM_TYPES.flatMap((t) => t.magics);
    expect(new Set(allNames).size).toBe(allNames.length);
    expect(new Set(allMagics).size).toBe(allMagics.length);
  });
  it("keeps the more cautious of two answers (mountinfo's fuse.sshfs over statfs's plain FUSE; FUSE over local)", () => {
    expect(moreCautious(filesystemByMagic(0x65735546), filesystemByName("fuse.sshfs"))?.kind).toBe("remote");
    expect(moreCautious(filesystemByName("ext4"), filesystemByMagic(0x65735546))?.kind).toBe("fuse");
    expect(moreCautious(undefined, filesystemByName("ext4"))?.kind).toBe("local");
  });
});

describe("mountinfo parsing", () => {
  const sample = [
    "27 1 254:0 / / rw,relatime - ext4 /dev/vda rw,discard",
    "36 35 98:0 /mnt1 /mnt/parent rw,noatime master:1 - ext3 /dev/root rw,errors=continue",
    "40 27 0:50 / /mnt/my\\040share rw,relatime shared:7 master:2 - cifs //user:s3cr3t@files.corp.example/dumps rw,vers=3.1.1",
    "41 27 0:51 / /srv/nfs rw - nfs4 10.1.2.3:/exports/dumps rw,vers=4.2",
    "42 41 0:52 / /srv/nfs/inner\\011tab\\134back rw - tmpfs none rw",
    "43 27 0:53 / /media/fuse rw,nosuid - fuse.sshfs deploy@db-prod:/var/backups rw,user_id=0",
    "44 27 0:54 / /srv/nfs rw - tmpfs over rw",
    "garbage line",
    "45 27 0:55 / /broken rw no-dash-here ext4",
  ].join("\n");
  const entries = parseMountinfo(sample);

  it("reads each field, with and without optional fields, and skips malformed lines", () => {
    expect(entries).toHaveLength(7);
    expect(entries[1]).toEqual({ mountId: 36, parentId: 35, device: "98:0", root: "/mnt1", mountPoint: "/mnt/parent", options: "rw,noatime", fsType: "ext3", source: "/dev/root" });
    expect(entries[2]).toMatchObject({ fsType: "cifs", source: "//user:s3cr3t@files.corp.example/dumps" });
  });
  it("undoes the kernel's octal escapes (\\040 space, \\011 tab, \\012 newline, \\134 backslash)", () => {
    expect(entries[2]!.mountPoint).toBe("/mnt/my share");
    expect(entries[4]!.mountPoint).toBe("/srv/nfs/inner\ttab\\back");
    expect(unescapeMountField("a\\012b\\\\c\\9")).toBe("a\nb\\\\c\\9");
  });
  it("finds the deepest mount point above a path; the last of stacked mounts wins; no prefix confusion", () => {
    expect(mountOf(entries, "/mnt/my share/dump.sql")?.fsType).toBe("cifs");
    expect(mountOf(entries, "/mnt/my sharethe/dump.sql")?.mountPoint).toBe("/");
    expect(mountOf(entries, "/srv/nfs/dump.sql")?.source).toBe("over");
    expect(mountOf(entries, "/srv/nfs/inner\ttab\\back/x")?.fsType).toBe("tmpfs");
    expect(mountOf(entries, "/srv/nfsx/dump.sql")?.mountPoint).toBe("/");
    expect(mountOf(entries, "/media/fuse")?.fsType).toBe("fuse.sshfs");
    expect(mountOf([], "/x")).toBeUndefined();
  });
  it("masks credentials in mount sources, keeps the rest", () => {
    expect(maskMountSource("//user:s3cr3t@files.corp.example/dumps")).toBe("//user:***@files.corp.example/dumps");
    expect(maskMountSource("//user:p@ss:w@files/dumps")).toBe("//user:***@files/dumps");
    expect(maskMountSource("https://alice:hunter2@dav.example.com/remote.php")).toBe("https://alice:***@dav.example.com/remote.php");
    expect(maskMountSource("deploy:pw@db-prod:/var/backups")).toBe("deploy:***@db-prod:/var/backups");
    expect(maskMountSource("s3fs#bucket,password=abc123,uid=0")).toBe("s3fs#bucket,password=***,uid=0");
    for (const plain of ["10.1.2.3:/exports/dumps", "deploy@db-prod:/var/backups", "/dev/sda1", "//files/dumps", "tmpfs"]) expect(maskMountSource(plain)).toBe(plain);
  });
});
