/**
 * Splits an integer total into integer parts proportional to `weights` that add up to the total
 * exactly (largest remainder method; ties go to the earlier index, so the result is deterministic).
 */
export function apportion(total: number | bigint, weights: readonly number[]): bigint[] {
  const whole = BigInt(total);
  if (whole < 0n) throw new RangeError('apportion: total must be non-negative');
  if (weights.length === 0) {
    if (whole === 0n) return [];
    throw new RangeError('apportion: no weights to share a non-zero total');
  }
  const sum = weights.reduce((acc, w) => {
    if (!(w >= 0) || !Number.isFinite(w)) throw new RangeError('apportion: weights must be finite and non-negative');
    return acc + w;
  }, 0);
  if (sum === 0) throw new RangeError('apportion: weights sum to zero');
  // Scale weights to integers so the arithmetic is exact in BigInt.
  const SCALE = 1_000_000_000;
  const scaled = weights.map((w) => BigInt(Math.round((w / sum) * SCALE)));
  const scaledSum = scaled.reduce((a, b) => a + b, 0n) || 1n;
  const parts = scaled.map((w) => (whole * w) / scaledSum);
  const remainders = scaled.map((w, index) => ({ index, rest: (whole * w) % scaledSum }));
  let left = whole - parts.reduce((a, b) => a + b, 0n);
  remainders.sort((a, b) => (a.rest === b.rest ? a.index - b.index : a.rest > b.rest ? -1 : 1));
  for (let i = 0; left > 0n; i = (i + 1) % remainders.length, left--) parts[remainders[i]!.index]! += 1n;
  return parts;
}

/** `apportion` for totals that fit a JavaScript number (unit counts). */
export function apportionNumbers(total: number, weights: readonly number[]): number[] {
  return apportion(total, weights).map(Number);
}
