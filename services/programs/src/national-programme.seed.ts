import type { EntityManager } from '@mikro-orm/core';
import { publishedSourceRow as publishedSource } from '@housing-hub/demo-kit';
import { parseCsv, readDataFile } from './data-files.js';

const optionalCount = (text: string | undefined) => (text?.trim() ? Number(text) : null);

/** The target has no address in the reference data: its source says so rather than invent one. */
const THREE_MILLION_HOMES_SOURCE = {
  code: 'P3JR-TARGET',
  name: 'Program 3 Juta Rumah: yearly target as announced by the government (2 million rural, 1 million urban)',
  publisher: 'Kementerian PKP',
  published_on: null,
  url: null,
  modeled: false,
};

/**
 * Loads Program Sejuta Rumah (national_psr.csv) and the Program 3 Juta Rumah targets
 * (program_3_juta_rumah.csv) once, in one transaction: published reference data, demo or not.
 */
export async function seedNationalProgrammes(em: EntityManager): Promise<void> {
  const loaded = await em.getConnection().execute('select 1 from programs.sejuta_rumah_year limit 1');
  if (loaded.length > 0) return;
  const [psr, target] = await Promise.all([
    readDataFile('national_psr.csv').then(parseCsv),
    readDataFile('program_3_juta_rumah.csv').then(parseCsv),
  ]);
  const sources = new Map<string, object>([[THREE_MILLION_HOMES_SOURCE.code, THREE_MILLION_HOMES_SOURCE]]);
  // Both files are read alike: counts as numbers (an optional one null when blank), a note, and the row's source, kept once.
  const record = (row: Record<string, string>, source: { code: string }, counts: string[], optionalCounts: string[] = []) => {
    sources.set(source.code, source);
    return {
      ...Object.fromEntries(counts.map((column) => [column, Number(row[column])])),
      ...Object.fromEntries(optionalCounts.map((column) => [column, optionalCount(row[column])])),
      note: row.note || null,
      source_code: source.code,
    };
  };
  const years = psr.map((row) =>
    record(row, publishedSource(row.source_url!), ['year', 'units_total'], ['units_mbr', 'units_non_mbr', 'units_csr']),
  );
  const targets = target.map((row) =>
    record(row, row.source_url ? publishedSource(row.source_url) : THREE_MILLION_HOMES_SOURCE, [
      'year',
      'units',
      'rural_units',
      'urban_units',
    ]),
  );
  await em.transactional(async (tx) => {
    const conn = tx.getConnection();
    const ctx = tx.getTransactionContext();
    await conn.execute(
      `insert into programs.data_source (code, name, publisher, published_on, url, modeled)
       select code, name, publisher, published_on::date, url, modeled
       from json_to_recordset(?::json) as s(code text, name text, publisher text, published_on text, url text, modeled boolean)
       on conflict (code) do nothing`,
      [JSON.stringify([...sources.values()])],
      'run',
      ctx,
    );
    await conn.execute(
      `insert into programs.sejuta_rumah_year (year, units_total, units_mbr, units_non_mbr, units_csr, note, source_code)
       select year, units_total, units_mbr, units_non_mbr, units_csr, note, source_code
       from json_to_recordset(?::json) as y(year int, units_total int, units_mbr int, units_non_mbr int, units_csr int, note text, source_code text)`,
      [JSON.stringify(years)],
      'run',
      ctx,
    );
    await conn.execute(
      `insert into programs.three_million_homes_target (year, units, rural_units, urban_units, note, source_code)
       select year, units, rural_units, urban_units, note, source_code
       from json_to_recordset(?::json) as t(year int, units int, rural_units int, urban_units int, note text, source_code text)`,
      [JSON.stringify(targets)],
      'run',
      ctx,
    );
  });
}
