import { describe, expect, it } from '@jest/globals';
import { graphql } from './generated/index.js';
import { useHubFixture } from './hub-fixture.js';

const fixture = useHubFixture();

const SEARCH_AREAS = graphql(`
  query AnalystsSearchAreas($text: String!, $first: Int) {
    searchAreas(text: $text, first: $first) { level code name kind score province { code } regency { code name } }
  }
`);

const search = async (text: string, first = 10) => {
  const { data, errors } = await fixture.query(SEARCH_AREAS, { text, first });
  expect(errors).toBeUndefined();
  return data!.searchAreas;
};

describe('searchAreas: finding provinces and kab/kota by name', () => {
  it('finds Kabupaten Bekasi and Kota Bekasi first for "bekasi", in any case and with accents', async () => {
    for (const text of ['bekasi', 'BEKASI', ' Békasi ']) {
      const found = await search(text);
      expect(
        found
          .slice(0, 2)
          .map((f) => f.code)
          .sort(),
      ).toEqual(['32.16', '32.75']);
    }
  });

  it('takes the usual forms of a kabupaten, and ranks the kind named first', async () => {
    for (const text of ['Kab. Bekasi', 'Kabupaten Bekasi', 'kab bekasi'])
      expect((await search(text))[0]).toMatchObject({ code: '32.16', name: 'Kabupaten Bekasi', kind: 'KABUPATEN' });
    expect((await search('Kab. Lombok Barat'))[0]).toMatchObject({
      code: '52.01',
      regency: { code: '52.01', name: 'Kabupaten Lombok Barat' },
    });
    const kota = await search('Kota Bima');
    expect(kota.slice(0, 2).map((f) => f.code)).toEqual(['52.72', '52.06']);
    const kabupaten = await search('Kabupaten Bima');
    expect(kabupaten.slice(0, 2).map((f) => f.code)).toEqual(['52.06', '52.72']);
    expect((await search('Kab. Adm. Kep. Seribu'))[0]).toMatchObject({ code: '31.01' });
  });

  it('finds provinces, partial names and codes, ranked best first', async () => {
    expect((await search('jawa barat'))[0]).toMatchObject({
      level: 'PROVINCE',
      code: '32',
      province: { code: '32' },
      regency: null,
    });
    const lombok = await search('lombok');
    expect(lombok.length).toBeGreaterThanOrEqual(3);
    expect(lombok.every((f) => /lombok/i.test(f.name))).toBe(true);
    const scores = lombok.map((f) => f.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect((await search('52.01'))[0]).toMatchObject({ code: '52.01' });
    expect(await search('zzzz')).toEqual([]);
    expect(await search('   ')).toEqual([]);
    expect(await search('jakarta', 3)).toHaveLength(3);
  });
});
