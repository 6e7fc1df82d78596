import { describe, expect, it } from "vitest";
import { progressLine, progressReporter } from "../../src/cli/progress.js";

const MB = 1048576;

describe("progress line", () => {
  it("shows bytes, share, MB/s since the start and the time left at that rate", () => {
    expect(progressLine(50 * MB, 200 * MB, 2000)).toBe("dumpguard: 50.0 MB read of 200.0 MB (25%), 25.0 MB/s, ETA 6s");
    expect(progressLine(10 * MB, 1000 * MB, 10_000)).toBe("dumpguard: 10.0 MB read of 1000.0 MB (1%), 1.0 MB/s, ETA 16m30s");
  });
  it("a stream of unknown size has a rate but no ETA", () => {
    expect(progressLine(30 * MB, undefined, 3000)).toBe("dumpguard: 30.0 MB read, 10.0 MB/s");
  });
  it("writes to a terminal only, at most every 200 ms, and clears itself", () => {
    const written: string[] = [];
    let now = 1000;
    const tty = { isTTY: true, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream;
    const p = progressReporter(tty, () => now);
    now += 500;
    p.update(5 * MB, 10 * MB);
    now += 100;
    p.update(6 * MB, 10 * MB);
    p.done();
    expect(written).toEqual(["\rdumpguard: 5.0 MB read of 10.0 MB (50%), 10.0 MB/s, ETA 1s\x1b[K", "\r\x1b[K"]);
    const silent: string[] = [];
    progressReporter({ isTTY: false, write: (s: string) => silent.push(s) } as unknown as NodeJS.WriteStream).update(1, 2);
    expect(silent).toEqual([]);
  });
});
