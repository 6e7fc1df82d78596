import { z } from "zod";
import { maskMountSource } from "../input/mountinfo.js";
import type { InputPathFacts, PathComponent } from "../input/path-facts.js";
import { defineRule } from "./rule.js";

const COPY_LOCALLY = "copy the file to a local disk you own (e.g. cp FILE /var/tmp/handoff/, a directory only you can write), then check and restore that copy";

const WORLD_WRITABLE = 0o002;
const STICKY = 0o1000;

/** uid 0 can change any file whatever the owner, so a root-owned component adds no one who could. */
const trustedOwner = (uid: number, invoking: number) => uid === invoking || uid === 0;

function mountWords(facts: Extract<InputPathFacts, { checkable: true }>): string {
  const m = facts.mount;
  return m ? ` (${m.fsType}, mounted at ${m.mountPoint} from ${maskMountSource(m.source)})` : facts.statfsType !== undefined ? ` (statfs type 0x${facts.statfsType.toString(16)})` : "";
}

/**
 * The hand-off procedure: the dump lies at a local path, no live mount (issue 14). The facts come
 * from the input layer (`input/path-facts.ts`: real path, statfs type, /proc/self/mountinfo, owner
 * and mode of each directory); this rule judges them:
 * - a network, cluster or userspace (FUSE) filesystem is an error: another host or process serves
 *   the bytes and can change them between the check and the restore;
 * - a component any local user can swap is a warning: a directory writable by everyone without the
 *   sticky bit (anyone may rename or replace its entries), or a directory, symbolic link or file owned
 *   by another user (the owner may). Every directory and link passed on the way from the path as given
 *   counts, not only the real path's: a link in a shared directory can be re-pointed. A world-writable directory *with* the sticky bit, like /tmp, is fine on its
 *   own: there only an entry's owner or root may rename or delete it, and that owner is checked next;
 * - standard input, pipes and devices have no path to prove anything about: info.
 */
export const pathGuard = defineRule({
  id: "path-guard",
  description: "The dump lies at a local path that only the checking user (or root) can change: not on a network share, remote or FUSE filesystem.",
  defaultSeverity: "error",
  options: z.object({}).strict(),
  check(ctx) {
    const facts = ctx.inputPath;
    // No path (a string, bytes, an in-process stream), or none that resolves (input-integrity reports that one).
    if (!facts || (!facts.checkable && facts.unreadable)) return;
    if (!facts.checkable) {
      ctx.report({
        message: `path not checkable: ${facts.reason}; dumpguard cannot prove the dump is a local file`,
        severity: "info",
        help: "For the isolation proof, save the dump to a local file and check that path.",
        identity: "path-not-checkable",
      });
      return;
    }
    const shown = facts.realPath === facts.given ? facts.realPath : `${facts.given} (real path ${facts.realPath})`;
    if (facts.kind !== "file" && facts.kind !== "directory") {
      ctx.report({
        message: `path not checkable: ${shown} is a ${facts.kind.replace("-", " ")}, not a file on a filesystem`,
        severity: "info",
        help: "For the isolation proof, save the dump to a local file and check that path.",
        identity: "path-not-checkable",
      });
      return;
    }
    const fs = facts.filesystem;
    if (fs && (fs.kind === "remote" || fs.kind === "fuse")) {
      ctx.report({
        message: `${shown} lies on a ${fs.kind === "remote" ? "network or remote" : "userspace (FUSE)"} filesystem: ${fs.label}${mountWords(facts)}; the bytes restored may not be the bytes checked`,
        severity: "error",
        help: COPY_LOCALLY,
        identity: "remote-filesystem",
      });
    } else if (fs?.kind === "fuse-block") {
      ctx.report({
        message: `${shown} lies on ${fs.label}${mountWords(facts)}: local, but served by a userspace driver`,
        severity: "warning",
        help: COPY_LOCALLY,
        identity: "fuse-block-filesystem",
      });
    } else if (fs?.kind === "virtual") {
      ctx.report({ message: `path not checkable: ${shown} lies on a kernel pseudo-filesystem (${fs.label})`, severity: "info", identity: "path-not-checkable" });
    } else if (!fs) {
      const what = facts.platform !== "linux" ? `filesystem types are only classified on Linux (this is ${facts.platform})` : `its filesystem${mountWords(facts)} is not in the table of known filesystems`;
      ctx.report({
        message: `cannot prove ${shown} is on a local filesystem: ${what}`,
        severity: facts.platform !== "linux" ? "info" : "warning",
        help: "Check with `findmnt -T FILE` that the file is on a local disk; then switch this check off for this run with --rule path-guard=off.",
        identity: "filesystem-unknown",
      });
    }

    const invoking = facts.invokingUid;
    const swappable: string[] = [];
    let foreign: PathComponent | undefined;
    const last = facts.components.at(-1);
    for (const c of facts.components) {
      // The input itself writable by all: anyone can rewrite its bytes, sticky bit or not.
      if (c === last && (c.mode & WORLD_WRITABLE) !== 0) swappable.push(`${c.path} itself`);
      else if (c !== last && c.directory && (c.mode & WORLD_WRITABLE) !== 0 && (c.mode & STICKY) === 0) swappable.push(c.path);
      if (invoking !== undefined && !foreign && !trustedOwner(c.uid, invoking)) foreign = c;
    }
    if (swappable.length)
      ctx.report({
        message: `${shown} can be replaced by any local user: writable by everyone (directories without the sticky bit): ${swappable.join(", ")}; anyone can change the file between the check and the restore`,
        severity: "warning",
        help: `${COPY_LOCALLY}; or chmod o-w (or +t) the directory`,
        identity: "world-writable-directory",
      });
    if (foreign)
      ctx.report({
        message: `${foreign.path === facts.realPath ? shown : `${foreign.symlink ? "the symbolic link " : ""}${foreign.path}, on the way to ${shown},`} is owned by uid ${foreign.uid}, not by the checking user (uid ${invoking}) or root; its owner can change the file after the check`,
        severity: "warning",
        help: COPY_LOCALLY,
        identity: "foreign-owner",
      });
  },
});
