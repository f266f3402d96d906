import cliProgress from 'cli-progress';

/**
 * A progress bar on stderr for files that take more than a moment: only on a terminal, only past
 * `threshold` units. Drawn by `cli-progress` (maintained, throttles its own redraws).
 */
export function createProgress(label: string, total: number, threshold = 20_000): { tick(done: number): void; finish(): void } {
  if (!process.stderr.isTTY || total < threshold) return { tick() {}, finish() {} };
  const bar = new cliProgress.SingleBar(
    { format: `${label} [{bar}] {value}/{total}`, stream: process.stderr, fps: 10, hideCursor: true },
    cliProgress.Presets.legacy,
  );
  bar.start(total, 0);
  return {
    tick(done) {
      bar.update(Math.min(done, total));
    },
    finish() {
      bar.update(total);
      bar.stop();
    },
  };
}
