/** What the progress line says at one moment: bytes read, rate since the start, time left at that rate. */
export function progressLine(read: number, total: number | undefined, elapsedMs: number): string {
  const mb = (read / 1048576).toFixed(1);
  const rate = elapsedMs > 0 ? read / 1048576 / (elapsedMs / 1000) : 0;
  let line = `dumpguard: ${mb} MB read`;
  if (total) line += ` of ${(total / 1048576).toFixed(1)} MB (${Math.min(100, (100 * read) / total).toFixed(0)}%)`;
  if (rate > 0) line += `, ${rate.toFixed(1)} MB/s`;
  if (total && rate > 0 && read < total) line += `, ETA ${formatDuration((total - read) / 1048576 / rate)}`;
  return line;
}

function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, "0")}m`;
}

/** A one-line progress indicator on stderr, only when stderr is a terminal; silent otherwise. */
export function progressReporter(stream: NodeJS.WriteStream = process.stderr, now: () => number = Date.now): { update(read: number, total?: number): void; done(): void } {
  if (!stream.isTTY) return { update() {}, done() {} };
  const started = now();
  let last = 0;
  let shown = false;
  return {
    update(read, total) {
      const t = now();
      if (t - last < 200) return;
      last = t;
      shown = true;
      stream.write(`\r${progressLine(read, total, t - started)}\x1b[K`);
    },
    done() {
      if (shown) stream.write("\r\x1b[K");
    },
  };
}
