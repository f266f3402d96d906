import { describe, expect, it } from '@jest/globals';
import { anyOf, dateFilters, sourcesOf, trueOrFalse, utcInstant, yearFilters } from '../src/export/export-columns.js';

// The export SQL the datasets wrote out by hand before these helpers: the same text keeps the same rows.
describe('export column and filter helpers', () => {
  it('keeps rows whose column is one of the values given, and nothing when none are', () => {
    const scheme = anyOf('scheme', 'r.scheme');
    expect(scheme({ scheme: ['BSPS', "O'K"] })).toBe(`r.scheme in ('BSPS', 'O''K')`);
    expect(scheme({ status: ['DONE'] })).toBeUndefined();
  });

  it('compares years on a year column and days on a date column', () => {
    const years = yearFilters('r.year');
    expect(years.from({ from: '2019-06-30' })).toBe('r.year >= 2019');
    expect(years.to({ to: '2024' })).toBe('r.year <= 2024');
    expect(years.from({})).toBeUndefined();
    const days = dateFilters('m.starts_on');
    expect(days.from({ from: '2025' })).toBe(`m.starts_on >= '2025-01-01'::date`);
    expect(days.to({ to: '2025' })).toBe(`m.starts_on <= '2025-12-31'::date`);
    expect(days.to({ to: '2025-03-04' })).toBe(`m.starts_on <= '2025-03-04'::date`);
  });

  it('renders instants, flags and the sources query (with why a source is undated)', () => {
    expect(utcInstant('f.updated_at')).toBe(`to_char(f.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`);
    expect(trueOrFalse('m.modeled')).toBe(`case when m.modeled then 'true' else 'false' end`);
    expect(sourcesOf('regions', 'need_observation')).toMatch(
      /^select s\.code, s\.name, s\.publisher, to_char\(s\.published_on, 'YYYY-MM-DD'\) as published_on, s\.undated_reason, s\.url, s\.modeled\s+from regions\.data_source s where exists \(select 1 from regions\.need_observation f where f\.source_code = s\.code\) order by s\.code$/,
    );
  });
});
