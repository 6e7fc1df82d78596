/** A one-line progress indicator on stderr, only when stderr is a terminal; silent otherwise. */
export function progressReporter(stream: NodeJS.WriteStream = process.stderr): { update(read: number, total?: number): void; done(): void } {
  if (!stream.isTTY) return { update() {}, done() {} };
  let last = 0;
  let shown = false;
  return {
    update(read, total) {
      const now = Date.now();
      if (now - last < 200) return;
      last = now;
      shown = true;
      const mb = (read / 1048576).toFixed(1);
      const pct = total ? ` (${Math.min(100, (100 * read) / total).toFixed(0)}%)` : "";
      stream.write(`\rdumpguard: ${mb} MB read${pct}   `);
    },
    done() {
      if (shown) stream.write("\r\x1b[K");
    },
  };
}
