import { describe, expect, it } from '@jest/globals';
import { publicationDateFromUrl } from '../src/publication-date.js';

describe('publicationDateFromUrl', () => {
  it('reads the dates news sites put in their paths', () => {
    expect(publicationDateFromUrl('https://rmol.id/bisnis/read/2026/01/03/692515/rekor-baru')).toBe('2026-01-03');
    expect(publicationDateFromUrl('https://ekonomi.bisnis.com/read/20230907/47/1692570/pupr-usul')).toBe('2023-09-07');
    expect(publicationDateFromUrl('http://www.kompas.com/properti/read/2023/11/28/171511421/149539-unit')).toBe('2023-11-28');
  });

  it('gives null where the path states no date, or only something that looks like one', () => {
    expect(publicationDateFromUrl('https://ppdpp.id/backlog-tahun-2015-turun-menjadi-114-juta/')).toBeNull();
    expect(publicationDateFromUrl('https://www.detik.com/properti/berita/d-6833627/backlog-ri')).toBeNull();
    expect(publicationDateFromUrl('https://example.org/2023/13/40/x')).toBeNull();
    expect(publicationDateFromUrl(null)).toBeNull();
    expect(publicationDateFromUrl('not a url')).toBeNull();
  });
});
