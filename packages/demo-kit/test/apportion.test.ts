import { describe, expect, it } from '@jest/globals';
import { apportion, apportionNumbers } from '../src/apportion.js';

describe('apportion', () => {
  it('gives parts that add up to the total exactly', () => {
    const parts = apportionNumbers(9_900_000, [3.3, 1.1, 7.7, 0.01, 2]);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(9_900_000);
  });

  it('keeps rupiah totals beyond 2^53 exact', () => {
    const total = 34_640_000_000_000n;
    const parts = apportion(total, [1, 2, 3, 4, 5, 6, 7]);
    expect(parts.reduce((a, b) => a + b, 0n)).toBe(total);
  });

  it('is proportional and deterministic', () => {
    expect(apportionNumbers(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportionNumbers(100, [1, 3])).toEqual([25, 75]);
  });

  it('refuses weights that sum to zero', () => {
    expect(() => apportion(5, [0, 0])).toThrow(RangeError);
  });
});
