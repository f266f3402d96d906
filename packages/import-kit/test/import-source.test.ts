import { describe, expect, it } from '@jest/globals';
import { recordPublishedSource, UNDATED_IMPORT_REASON } from '../src/import-source.js';

describe('an imported source', () => {
  const source = { name: 'Pendataan RTLH 2024', publisher: 'Dinas Perkim Provinsi NTB', url: null };

  it('keeps the publication date it was given, with no undated reason', () => {
    const { params } = recordPublishedSource('regions', 'X', { ...source, publishedOn: '2025-02-01' }, (i) => `$${i}`);
    expect(params.slice(3)).toEqual(['2025-02-01', null, null]);
  });

  it('says why it is undated when the import gave no date', () => {
    const { sql, params } = recordPublishedSource('regions', 'X', source, (i) => `$${i}`);
    expect(params.slice(3)).toEqual([null, null, UNDATED_IMPORT_REASON]);
    expect(sql).toContain('undated_reason = excluded.undated_reason');
  });
});
