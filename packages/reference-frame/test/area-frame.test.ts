import { describe, expect, it } from '@jest/globals';
import { loadAreaFrame, regencyKindOf } from '../src/area-frame.js';

describe('the Kemendagri area frame', () => {
  it('has 38 provinces and 514 kab/kota, 416 kabupaten and 98 kota', async () => {
    const frame = await loadAreaFrame();
    expect(frame.provinces).toHaveLength(38);
    expect(frame.regencies).toHaveLength(514);
    expect(frame.regencies.filter((r) => r.kind === 'KABUPATEN')).toHaveLength(416);
    expect(frame.regencies.filter((r) => r.kind === 'KOTA')).toHaveLength(98);
  });

  it('tells kota from kabupaten by the code', () => {
    expect(regencyKindOf('52.01')).toBe('KABUPATEN');
    expect(regencyKindOf('52.71')).toBe('KOTA');
  });

  it('attaches BPS codes where they differ from Kemendagri codes', async () => {
    const { regencies } = await loadAreaFrame();
    const byCode = new Map(regencies.map((r) => [r.code, r]));
    expect(byCode.get('52.01')?.bpsCode).toBe('5201');
    expect(byCode.get('11.09')?.bpsCode).toBe('1101'); // Simeulue
    expect(byCode.get('31.71')?.bpsCode).toBe('3173'); // Jakarta Pusat
  });

  it('follows Papua kab/kota into the provinces created in 2022 by name', async () => {
    const { regencies, provinces } = await loadAreaFrame();
    const merauke = regencies.find((r) => r.name === 'Kabupaten Merauke');
    expect(merauke?.provinceCode).toBe('93');
    expect(merauke?.bpsCode).toBe('9401');
    expect(provinces.find((p) => p.code === '91')?.bpsCode).toBe('94');
    expect(provinces.find((p) => p.code === '93')?.bpsCode).toBeNull();
  });

  it('gives every kab/kota of the 34 older provinces a BPS code', async () => {
    const { regencies } = await loadAreaFrame();
    const missing = regencies.filter((r) => r.bpsCode === null);
    expect(missing).toEqual([]);
  });
});
