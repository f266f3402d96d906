import { describe, expect, it } from '@jest/globals';
import { normalizeAreaText, parseAreaQuery } from '../src/area-search.service.js';
import { RegencyKind } from '../src/regency-kind.enum.js';

describe('reading an area name as analysts type it', () => {
  it('drops case, accents and punctuation', () => {
    expect(normalizeAreaText('  Kab. Toli-Toli ')).toBe('kab toli toli');
    expect(normalizeAreaText('BÉKASI')).toBe('bekasi');
  });

  it('reads the kind or level in front of the name, and the usual abbreviations', () => {
    expect(parseAreaQuery('Kab. Bekasi')).toEqual({ core: 'bekasi', kind: RegencyKind.KABUPATEN, province: false });
    expect(parseAreaQuery('Kabupaten Bekasi')).toEqual({ core: 'bekasi', kind: RegencyKind.KABUPATEN, province: false });
    expect(parseAreaQuery('kota bima')).toEqual({ core: 'bima', kind: RegencyKind.KOTA, province: false });
    expect(parseAreaQuery('Prov. Jawa Barat')).toEqual({ core: 'jawa barat', kind: null, province: true });
    expect(parseAreaQuery('Kab. Adm. Kep. Seribu')).toEqual({
      core: 'kepulauan seribu',
      kind: RegencyKind.KABUPATEN,
      province: false,
    });
    // A kind word alone is the name searched for, not a kind.
    expect(parseAreaQuery('Kota')).toEqual({ core: 'kota', kind: null, province: false });
  });
});
