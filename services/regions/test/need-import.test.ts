import { describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { ImportStatus, type ImportSource } from '@housing-hub/import-kit';
import { csvImportFile, useServiceFixture } from '@housing-hub/testing/jest';
import { NeedImportService } from '../src/need-import.service.js';
import { regionsService } from '../src/regions.subgraph.js';
import { graphql } from './generated/index.js';

const fixture = useServiceFixture(regionsService);
const { query, sql } = fixture;

const dinas: ImportSource = { name: 'Pendataan RTLH 2024', publisher: 'Dinas Perkim Provinsi NTB', publishedOn: '2025-02-01' };
const bps: ImportSource = {
  name: 'Susenas RTLH estimate 2024',
  publisher: 'BPS',
  publishedOn: '2025-03-15',
  url: 'https://www.bps.go.id/',
};

const importer = () => new NeedImportService(fixture.service.orm.em.fork());
const csv = (text: string, fileName = 'need.csv') => csvImportFile(text, fileName);

/** A fingerprint of everything the need tables hold: equal fingerprints, unchanged database. */
async function fingerprint(): Promise<string> {
  const [row] = await sql<{ f: string }>(
    `select (select count(*) from regions.need_observation)::text || '/' ||
            (select coalesce(sum(value::bigint), 0) from regions.need_observation)::text || '/' ||
            (select count(*) from regions.need_observation_history)::text || '/' ||
            (select count(*) from regions.import_batch)::text || '/' ||
            (select count(*) from regions.data_source)::text as f`,
  );
  return row!.f;
}

describe('importing need figures', () => {
  it('imports the sample file, and its figures come back with their source', async () => {
    const sample = await readFile(new URL('../samples/need.csv', import.meta.url));
    const report = await importer().importFile({ fileName: 'need.csv', content: sample, format: 'CSV' }, { source: dinas });
    expect(report).toMatchObject({ status: ImportStatus.IMPORTED, rows: 6, inserted: 6, replaced: 0, errorCount: 0 });
    const { data } = await query(
      graphql(
        `query NeedImportRegency { regency(code: "52.71") { need(year: 2024) { year uninhabitableHomes ownershipBacklog figures { indicator year source { name publisher modeled } } } } }`,
      ),
    );
    // The sample gives Kota Mataram by its BPS code, 5271; its other indicators keep their 2023 figures.
    expect(data!.regency!.need).toMatchObject({ year: 2024, uninhabitableHomes: 4102, ownershipBacklog: expect.any(Number) });
    const rtlh = data!.regency!.need!.figures.find((f) => f.indicator === 'UNINHABITABLE_HOMES');
    expect(rtlh).toEqual({
      indicator: 'UNINHABITABLE_HOMES',
      year: 2024,
      source: { name: 'Pendataan RTLH 2024', publisher: 'Dinas Perkim Provinsi NTB', modeled: false },
    });
    const ownership = data!.regency!.need!.figures.find((f) => f.indicator === 'OWNERSHIP_BACKLOG');
    expect(ownership).toMatchObject({ year: 2023, source: { modeled: true } });
  });

  it('rejects a file with one unknown kab/kota code among 10,000 good rows, names that row, and writes nothing', async () => {
    const [{ codes }] = await fixture.service.orm.em
      .getConnection()
      .execute<{ codes: string[] | string }[]>(`select json_agg(code order by code) as codes from regions.regency`);
    const regencies: string[] = typeof codes === 'string' ? JSON.parse(codes) : codes;
    const lines = ['area_code,year,indicator,value'];
    for (let year = 2000; lines.length <= 10_000; year++)
      for (const code of regencies) if (lines.length <= 10_000) lines.push(`${code},${year},HOUSEHOLDS,${1000 + lines.length}`);
    lines.splice(5_001, 0, '52.99,2010,HOUSEHOLDS,1234'); // file row 5,002 (the header is row 1)
    const before = await fingerprint();
    const report = await importer().importFile(csv(lines.join('\n')), { source: bps });
    expect(report.status).toBe(ImportStatus.REJECTED);
    expect(report.rows).toBe(10_001);
    expect(report.errorCount).toBe(1);
    expect(report.errors[0]).toMatchObject({ row: 5_002, column: 'area_code', value: '52.99', code: 'UNKNOWN_AREA_CODE' });
    expect(await fingerprint()).toBe(before);
  });

  it('reports every bad row with a stable code: malformed codes, years, negative and fractional values, unknown indicators, duplicates', async () => {
    const before = await fingerprint();
    const report = await importer().importFile(
      csv(
        [
          'area_code,year,indicator,value',
          '5201x,2024,HOUSEHOLDS,10',
          '52.01,1850,HOUSEHOLDS,10',
          '52.01,2024,HOUSEHOLDS,-5',
          '52.01,2024,OWNERSHIP_BACKLOG,12.5',
          '52.01,2024,SLUMS,3',
          '52.02,2024,HOUSEHOLDS,10',
          '52.02,2024,HOUSEHOLDS,11',
          ',2024,HOUSEHOLDS,10',
        ].join('\n'),
      ),
      { source: bps },
    );
    expect(report.status).toBe(ImportStatus.REJECTED);
    expect(report.errors.map((e) => [e.row, e.code])).toEqual([
      [2, 'INVALID_AREA_CODE'],
      [3, 'YEAR_OUT_OF_RANGE'],
      [4, 'NEGATIVE_NUMBER'],
      [5, 'NOT_AN_INTEGER'],
      [6, 'UNKNOWN_INDICATOR'],
      [8, 'DUPLICATE_KEY'],
      [9, 'MISSING_VALUE'],
    ]);
    expect(await fingerprint()).toBe(before);
  });

  it('rejects a file without the required columns', async () => {
    const report = await importer().importFile(csv('code,year,value\n52.01,2024,1'), { source: bps });
    expect(report.status).toBe(ImportStatus.REJECTED);
    // Every missing column is named, as for every dataset (the kit's checkRows): the indicator and the area.
    expect(report.errors.map((e) => [e.column, e.code])).toEqual([
      ['indicator', 'MISSING_COLUMN'],
      ['area_code', 'MISSING_COLUMN'],
    ]);
  });

  it('changes nothing when the same file is imported twice', async () => {
    const file = csv('area_code,year,indicator,value\n52.04,2024,HOUSEHOLDS,120000\n52.05,2024,HOUSEHOLDS,80000');
    expect((await importer().importFile(file, { source: bps })).status).toBe(ImportStatus.IMPORTED);
    const after = await fingerprint();
    const again = await importer().importFile(file, { source: bps });
    expect(again.status).toBe(ImportStatus.UNCHANGED);
    expect(await fingerprint()).toBe(after);
  });

  it('imports a file once when two imports of it run at once: the other finds its batch', async () => {
    const file = csv('area_code,year,indicator,value\n52.03,2024,HOUSEHOLDS,70000', 'twice-at-once.csv');
    const reports = await Promise.all([
      importer().importFile(file, { source: bps }),
      importer().importFile(file, { source: bps }),
    ]);
    expect(reports.map((r) => r.status).sort()).toEqual([ImportStatus.IMPORTED, ImportStatus.UNCHANGED]);
    const [{ n }] = await fixture.service.orm.em
      .getConnection()
      .execute<{ n: number }[]>(`select count(*)::int as n from regions.import_batch where sha256 = ?`, [reports[0]!.sha256]);
    expect(n).toBe(1);
  });

  it('lets a corrected re-issue of a source replace its values and keeps the old ones as history', async () => {
    const first = csv(
      'area_code,year,indicator,value\n52.06,2024,UNINHABITABLE_HOMES,9000\n52.07,2024,UNINHABITABLE_HOMES,3000',
      'rtlh-v1.csv',
    );
    const corrected = csv(
      'area_code,year,indicator,value\n52.06,2024,UNINHABITABLE_HOMES,9400\n52.07,2024,UNINHABITABLE_HOMES,3000',
      'rtlh-v2.csv',
    );
    const source = { ...dinas, name: 'Pendataan RTLH 2024 rev' };
    expect(await importer().importFile(first, { source })).toMatchObject({ status: 'IMPORTED', inserted: 2 });
    expect(await importer().importFile(corrected, { source })).toMatchObject({
      status: 'IMPORTED',
      inserted: 0,
      replaced: 1,
      unchanged: 1,
    });
    const { data } = await query(
      graphql(
        `query NeedImportNeedFigureHistory { needFigureHistory(areaCode: "52.06", year: 2024, indicator: UNINHABITABLE_HOMES) { value current source { name } supersededAt } }`,
      ),
    );
    const ofSource = data!.needFigureHistory!.filter((v) => v.source.name === source.name);
    expect(ofSource.map((v) => [v.value, v.current])).toEqual([
      [9400, true],
      [9000, false],
    ]);
    expect(ofSource[1].supersededAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('validates without writing on a dry run, and says what would change', async () => {
    const before = await fingerprint();
    const report = await importer().importFile(csv('area_code,year,indicator,value\n52.08,2024,HOUSEHOLDS,50000'), {
      source: bps,
      dryRun: true,
    });
    expect(report).toMatchObject({ status: ImportStatus.VALID, inserted: 1, replaced: 0 });
    expect(await fingerprint()).toBe(before);
  });

  it('reads XLSX files', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('need');
    sheet.addRow(['area_code', 'year', 'indicator', 'value']);
    sheet.addRow(['53.71', 2024, 'HOUSEHOLDS', 110000]);
    const content = new Uint8Array(await workbook.xlsx.writeBuffer());
    const report = await importer().importFile(
      { fileName: 'kupang.xlsx', content, format: 'XLSX' },
      { source: { ...bps, name: 'XLSX test' } },
    );
    expect(report).toMatchObject({ status: ImportStatus.IMPORTED, inserted: 1 });
  });

  it('refuses a source without a publisher before reading anything', async () => {
    const report = await importer().importFile(csv('area_code,year,indicator,value\n52.01,2024,HOUSEHOLDS,1'), {
      source: { name: 'x', publisher: '' },
    });
    expect(report.status).toBe(ImportStatus.REJECTED);
    expect(report.errors[0]?.column).toBe('source');
  });

  it('imports over GraphQL with the same report', async () => {
    const { data, errors } = await query(
      graphql(
        `mutation NeedImportImportNeed($file: ImportFileInput!) { importNeed(file: $file) { status rows inserted errorCount errors { row code } sourceCode } }`,
      ),
      {
        file: {
          fileName: 'gql.csv',
          content: 'area_code,year,indicator,value\n52.72,2024,HOUSEHOLDS,45000\n52.99,2024,HOUSEHOLDS,1',
          source: { name: 'GraphQL test', publisher: 'Tester' },
        },
      },
    );
    expect(errors).toBeUndefined();
    expect(data!.importNeed).toMatchObject({
      status: 'REJECTED',
      rows: 2,
      errorCount: 1,
      errors: [{ row: 3, code: 'UNKNOWN_AREA_CODE' }],
    });
  });
});

describe('central and regional figures side by side', () => {
  it('keeps both, serves the documented precedence, and lists the planted disagreement and nothing else', async () => {
    // Lombok Tengah 2025 RTLH: BPS says 20,000, the kab/kota's own count 26,000 (30% apart); Sumbawa agrees within 2%.
    const central = csv(
      'area_code,year,indicator,value\n52.02,2025,UNINHABITABLE_HOMES,20000\n52.04,2025,UNINHABITABLE_HOMES,10000',
      'bps-2025.csv',
    );
    const regional = csv(
      'area_code,year,indicator,value\n52.02,2025,UNINHABITABLE_HOMES,26000\n52.04,2025,UNINHABITABLE_HOMES,10200',
      'dinas-2025.csv',
    );
    await importer().importFile(central, { source: { name: 'RTLH 2025', publisher: 'BPS', publishedOn: '2026-02-01' } });
    await importer().importFile(regional, {
      source: { name: 'RTLH 2025', publisher: 'Dinas Perkim Lombok Tengah', publishedOn: '2026-01-10' },
    });

    const { data, errors } = await query(
      graphql(
        `query NeedImportNeedDiscrepancies { needDiscrepancies(threshold: 0.1) { areaCode provinceCode year indicator difference figures { value source { publisher } } } }`,
      ),
    );
    expect(errors).toBeUndefined();
    expect(data!.needDiscrepancies).toEqual([
      {
        areaCode: '52.02',
        provinceCode: '52',
        year: 2025,
        indicator: 'UNINHABITABLE_HOMES',
        difference: 6000,
        figures: [
          { value: 20000, source: { publisher: 'BPS' } },
          { value: 26000, source: { publisher: 'Dinas Perkim Lombok Tengah' } },
        ],
      },
    ]);
    // need() serves the newest publication first: BPS (February) over the Dinas (January).
    const need = await query(
      graphql(
        `query NeedImportRegency2 { regency(code: "52.02") { need(year: 2025) { uninhabitableHomes figures { indicator source { publisher } } } } }`,
      ),
    );
    expect(need.data!.regency!.need!.uninhabitableHomes).toBe(20000);
    expect(need.data!.regency!.need!.figures.find((f) => f.indicator === 'UNINHABITABLE_HOMES')!.source!.publisher).toBe('BPS');
    const byProvince = await query(
      graphql(`query NeedImportNeedDiscrepancies2 { needDiscrepancies(provinceCode: "53") { areaCode } }`),
    );
    expect(byProvince.data!.needDiscrepancies).toEqual([]);
  });
});

describe('recording the source of an import', () => {
  it('marks a source seeded as modeled as published once a file of it is imported', async () => {
    const connection = fixture.service.orm.em.getConnection();
    await connection.execute(
      `insert into regions.data_source (code, name, publisher, modeled) values ('MODEL/RE-ISSUED', 'Model run', 'Hub', true)`,
    );
    const report = await importer().importFile(
      csv('area_code,year,indicator,value\n52.71,2023,HOUSEHOLDS,120001\n', 'reissued.csv'),
      {
        source: { name: 'Model run', publisher: 'Hub', publishedOn: '2025-06-01', code: 'MODEL/RE-ISSUED' },
      },
    );
    expect(report).toMatchObject({ status: ImportStatus.IMPORTED, sourceCode: 'MODEL/RE-ISSUED' });
    const [source] = await connection.execute<{ modeled: boolean; published_on: string }[]>(
      `select modeled, to_char(published_on, 'YYYY-MM-DD') as published_on from regions.data_source where code = 'MODEL/RE-ISSUED'`,
    );
    expect(source).toEqual({ modeled: false, published_on: '2025-06-01' });
  });
});
