/**
 * A progress bar on stderr for files that take more than a moment: only on a terminal, only past
 * `threshold` units, at most ten redraws a second.
 */
export function createProgress(label: string, total: number, threshold = 20_000): { tick(done: number): void; finish(): void } {
  const enabled = Boolean(process.stderr.isTTY) && total >= threshold;
  let last = 0;
  const draw = (done: number) => {
    const width = 30;
    const filled = Math.round((done / total) * width);
    process.stderr.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
  };
  return {
    tick(done) {
      if (!enabled) return;
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      draw(done);
    },
    finish() {
      if (!enabled) return;
      draw(total);
      process.stderr.write('\n');
    },
  };
}
