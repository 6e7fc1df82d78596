import { createHash } from "node:crypto";
import { closeSync, openSync, readSync } from "node:fs";
import { Worker } from "node:worker_threads";

/** The sha256 of the raw input, fed chunk by chunk in read order. */
export interface Sha256 {
  update(bytes: Uint8Array): void;
  /** Hex digest of every byte fed so far (more may follow). */
  hex(): string;
  /** No more bytes: a helper thread computes the final digest and ends. */
  finish(): void;
}

export function inlineSha256(): Sha256 {
  const hash = createHash("sha256");
  return { update: (bytes) => hash.update(bytes), hex: () => hash.copy().digest("hex"), finish: () => {} };
}

/** Ring of shared slots the raw bytes are copied into for the hashing thread; bounds what it may lag behind. */
const SLOT_BYTES = 1024 * 1024;
const SLOTS = 8;
/** A helper thread that makes no progress for this long is taken for dead; the file is then hashed again here. */
const STALL_MS = 30_000;

// Shared state, all Int32 (no postMessage: posting to a busy thread cost ~1 ms a message here):
const HASHED = 0; // chunks hashed (the helper writes)
const ANSWERED = 1; // sequence number of the digest in `out` (the helper writes)
const POSTED = 2; // chunks in the ring (the reader writes)
const ASKED = 3; // sequence number of the digest asked for (the reader writes)
const FINAL = 4; // 1 when the digest asked for is the final one (the reader writes)
const WAKE = 5; // bumped by the reader on posts and questions; the helper waits on it
const SLEEPING = 6; // 1 while the helper waits (the helper writes): only then is it worth a notify
const LENGTHS = 7; // then each slot's length
const STATE_WORDS = LENGTHS + SLOTS;
/** The reader wakes a sleeping helper every this many chunks (a wake-up is a system call), and whenever it waits for it. */
const WAKE_EVERY = SLOTS / 2;

const WORKER_SOURCE = `
const { workerData } = require("node:worker_threads");
const { createHash } = require("node:crypto");
const state = new Int32Array(workerData.state);
const ring = new Uint8Array(workerData.ring);
const out = new Uint8Array(workerData.out);
const hash = createHash("sha256");
let hashed = 0;
let answered = 0;
for (;;) {
  const wake = Atomics.load(state, ${WAKE});
  const asked = Atomics.load(state, ${ASKED});
  const posted = Atomics.load(state, ${POSTED}); // read after the question: every chunk fed before it is seen
  if (hashed < posted) {
    const slot = hashed % ${SLOTS};
    hash.update(ring.subarray(slot * ${SLOT_BYTES}, slot * ${SLOT_BYTES} + state[${LENGTHS} + slot]));
    Atomics.store(state, ${HASHED}, ++hashed);
    Atomics.notify(state, ${HASHED});
    continue;
  }
  if (asked !== answered) {
    const final = Atomics.load(state, ${FINAL}) === 1;
    out.set(final ? hash.digest() : hash.copy().digest());
    answered = asked;
    Atomics.store(state, ${ANSWERED}, answered);
    Atomics.notify(state, ${ANSWERED});
    if (final) break;
    continue;
  }
  Atomics.store(state, ${SLEEPING}, 1);
  Atomics.wait(state, ${WAKE}, wake); // returns at once when the reader bumped WAKE since it was read
  Atomics.store(state, ${SLEEPING}, 0);
}
`;

/** Ends helper threads whose hasher was dropped without `finish` (a reader abandoned mid-input). */
const abandoned = new FinalizationRegistry<Worker>((worker) => void worker.terminate());

/**
 * sha256 computed on a helper thread, so the thread that lexes and decodes does not spend ~15 % of
 * its time hashing (issue 12, the pipeline target). Each raw chunk is copied into a ring of shared
 * slots (a memcpy, ~20x cheaper than hashing it) and hashed there in order; the reader waits only
 * when the helper is a whole ring behind. `hex()` stays synchronous (the reader blocks on an Atomics
 * wait for the helper's answer), so callers see the same interface as the inline hash. If the helper
 * cannot start, undefined (hash inline); if it stops answering, the digest comes from reading `path`
 * again, up to the bytes fed. Only for regular files, whose bytes can be read again.
 */
export function threadedSha256(path: string, test: { stallMs?: number; helperSource?: string } = {}): Sha256 | undefined {
  const stallMs = test.stallMs ?? STALL_MS;
  const state = new Int32Array(new SharedArrayBuffer(4 * STATE_WORDS));
  const ring = new Uint8Array(new SharedArrayBuffer(SLOTS * SLOT_BYTES));
  const out = new Uint8Array(new SharedArrayBuffer(32));
  let worker: Worker;
  try {
    worker = new Worker(test.helperSource ?? WORKER_SOURCE, { eval: true, workerData: { state: state.buffer, ring: ring.buffer, out: out.buffer } });
  } catch {
    return undefined;
  }
  worker.unref();
  const wake = () => {
    Atomics.add(state, WAKE, 1);
    if (Atomics.load(state, SLEEPING) === 1) Atomics.notify(state, WAKE);
  };
  worker.on("error", () => {
    /* seen as a stall: the digest is then computed from the file */
  });
  let posted = 0;
  let fed = 0;
  let seq = 0;
  let finished = false;
  let finalHex: string | undefined;
  let dead = false;

  /** Wait until state[index] satisfies `ok`; false when the helper stalled. */
  const waitFor = (index: number, ok: (value: number) => boolean): boolean => {
    if (dead) return false;
    const deadline = Date.now() + stallMs;
    for (;;) {
      const value = Atomics.load(state, index);
      if (ok(value)) return true;
      if (Date.now() > deadline) {
        dead = true;
        void worker.terminate();
        return false;
      }
      wake(); // never wait on a helper that sleeps
      Atomics.wait(state, index, value, 100);
    }
  };

  const rehash = (): string => {
    const hash = createHash("sha256");
    const fd = openSync(path, "r");
    try {
      const buffer = Buffer.allocUnsafe(SLOT_BYTES);
      for (let at = 0; at < fed; ) {
        const n = readSync(fd, buffer, 0, Math.min(buffer.length, fed - at), at);
        if (n === 0) break;
        hash.update(buffer.subarray(0, n));
        at += n;
      }
    } finally {
      closeSync(fd);
    }
    return hash.digest("hex");
  };

  const digestOut = () => Buffer.from(out).toString("hex");
  const ask = (wanted: number, final: boolean) => {
    Atomics.store(state, FINAL, final ? 1 : 0);
    Atomics.store(state, ASKED, wanted);
    wake();
  };
  let finalSeq = 0;

  const sha: Sha256 = {
    update(bytes) {
      fed += bytes.length;
      for (let at = 0; at < bytes.length; at += SLOT_BYTES) {
        const piece = bytes.subarray(at, Math.min(bytes.length, at + SLOT_BYTES));
        if (!waitFor(HASHED, (hashed) => posted - hashed < SLOTS)) return;
        const slot = posted % SLOTS;
        ring.set(piece, slot * SLOT_BYTES);
        state[LENGTHS + slot] = piece.length;
        Atomics.store(state, POSTED, ++posted);
        if (posted % WAKE_EVERY === 0) wake();
      }
    },
    hex() {
      if (finalHex !== undefined) return finalHex;
      if (finished) {
        finalHex = waitFor(ANSWERED, (v) => v === finalSeq) ? digestOut() : rehash();
        return finalHex;
      }
      const wanted = ++seq;
      ask(wanted, false);
      return waitFor(ANSWERED, (v) => v === wanted) ? digestOut() : rehash();
    },
    finish() {
      if (finished) return;
      finished = true;
      abandoned.unregister(sha);
      // The helper computes the final digest now and ends, whether or not anyone asks for it.
      finalSeq = ++seq;
      ask(finalSeq, true);
    },
  };
  abandoned.register(sha, worker, sha);
  return sha;
}
