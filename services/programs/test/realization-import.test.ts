import { describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { ImportStatus, type ImportSource } from '@housing-hub/import-kit';
import { csvImportFile, useServiceFixture } from '@housing-hub/testing/jest';
import { programsService } from '../src/programs.subgraph.js';
import { RealizationImportService } from '../src/realization-import.service.js';
import { graphql } from './generated/index.js';

const fixture = useServiceFixture(programsService);
const { query, sql } = fixture;

const tapera: ImportSource = {
  name: 'Realisasi FLPP dan BSPS 2025',
  publisher: 'BP Tapera',
  publishedOn: '2026-01-15',
  url: 'https://tapera.go.id/',
};

const importer = () => new RealizationImportService(fixture.service.orm.em.fork());
const csv = (text: string, fileName = 'realization.csv') => csvImportFile(text, fileName);
const HEADER = 'scheme,area_code,bps_code,year,month,category,channel,units,amount_idr,status';

/** A fingerprint of everything the realization tables hold: equal fingerprints, unchanged database. */
async function fingerprint(): Promise<string> {
  const [row] = await sql<{ f: string }>(
    `select (select count(*) from programs.realization)::text || '/' ||
            (select coalesce(sum(units::bigint), 0) from programs.realization)::text || '/' ||
            (select coalesce(sum(amount_idr), 0) from programs.realization)::text || '/' ||
            (select count(*) from programs.realization_history)::text || '/' ||
            (select count(*) from programs.import_batch)::text || '/' ||
            (select count(*) from programs.data_source)::text as f`,
  );
  return row!.f;
}

const SUMMARY =
  graphql(`query RealizationImportFundingSummary($province: ID!) { fundingSummary(year: 2025, provinceCode: $province, groupBy: REGENCY, schemes: [FLPP, BSPS, CSR]) {
  regency { code } scheme units amountIdr source { code name publisher publishedOn url modeled } } }`);

describe('importing realization facts', () => {
  it('imports the sample file; its figures replace the modeled ones where it has facts and come back with their source', async () => {
    const { data: before } = await query(SUMMARY, { province: '52' });
    const modeled = (code: string, scheme: string) =>
      before!.fundingSummary!.find((r) => r.regency!.code === code && r.scheme === scheme);
    expect(modeled('52.71', 'FLPP')!.source!.modeled).toBe(true);

    const sample = await readFile(new URL('../samples/realization.csv', import.meta.url));
    const report = await importer().importFile(
      { fileName: 'realization.csv', content: sample, format: 'CSV' },
      { source: tapera, importedBy: 'test' },
    );
    expect(report).toMatchObject({
      dataset: 'realization',
      status: ImportStatus.IMPORTED,
      rows: 11,
      inserted: 11,
      replaced: 0,
      unchanged: 0,
      errorCount: 0,
    });
    expect(report.sourceCode).toBe('BP-TAPERA/REALISASI-FLPP-DAN-BSPS-2025');

    const { data } = await query(SUMMARY, { province: '52' });
    const row = (code: string, scheme: string) =>
      data!.fundingSummary!.find((r) => r.regency!.code === code && r.scheme === scheme);
    const source = {
      code: report.sourceCode,
      name: tapera.name,
      publisher: 'BP Tapera',
      publishedOn: '2026-01-15',
      url: tapera.url,
      modeled: false,
    };
    expect(row('52.71', 'FLPP')).toMatchObject({ units: 38 + 12 + 41 + 45, amountIdr: '16864000000', source });
    // 375 from APBN, 40 from the kab/kota's budget (APBD_REGENCY): two facts of one key but for their source.
    expect(row('52.01', 'BSPS')).toMatchObject({ units: 415, amountIdr: '8675000000', source });
    expect(row('52.08', 'BSPS')).toMatchObject({ units: 180, amountIdr: '3600000000', source }); // given as BPS 5208
    expect(row('52.72', 'CSR')).toMatchObject({ units: 15, amountIdr: '750000000', source });
    // A kab/kota the file does not cover keeps its modeled figures.
    expect(row('52.02', 'FLPP')).toEqual(modeled('52.02', 'FLPP'));
    // BPS 6102 is Bengkayang, Kemendagri 61.07.
    const { data: kalbar } = await query(SUMMARY, { province: '61' });
    expect(kalbar!.fundingSummary!.find((r) => r.regency!.code === '61.07' && r.scheme === 'FLPP')).toMatchObject({
      units: 9,
      amountIdr: '1098000000',
      source,
    });

    const { data: months } = await query(
      graphql(
        `query RealizationImportFundingBreakdown { fundingBreakdown(year: 2025, scheme: FLPP, by: MONTH, regencyCode: "52.71") { month units amountIdr } }`,
      ),
    );
    expect(months!.fundingBreakdown).toEqual([
      { month: 1, units: 50, amountIdr: '6200000000' },
      { month: 2, units: 41, amountIdr: '5084000000' },
      { month: 3, units: 45, amountIdr: '5580000000' },
    ]);
  });

  it('changes nothing when the same file comes again', async () => {
    const sample = await readFile(new URL('../samples/realization.csv', import.meta.url));
    const before = await fingerprint();
    const report = await importer().importFile({ fileName: 'again.csv', content: sample, format: 'CSV' }, { source: tapera });
    expect(report).toMatchObject({ status: ImportStatus.UNCHANGED, rows: 11, inserted: 0, errorCount: 0 });
    expect(await fingerprint()).toBe(before);
  });

  it('rejects a file with one unknown kab/kota code among 10,000 good rows, names that row, and writes nothing', async () => {
    const codes = (await sql<{ code: string }>(`select distinct regency_code as code from programs.realization order by 1`)).map(
      (r) => r.code,
    );
    const lines = [HEADER];
    for (let month = 1; lines.length <= 10_000; month = (month % 12) + 1) {
      for (const code of codes)
        if (lines.length <= 10_000)
          lines.push(
            `FLPP,${code},,2024,${month},,Bank ${lines.length % 7},${lines.length % 50},${1_000_000 * (lines.length % 50)},REALIZED`,
          );
    }
    // Unique keys: month cycles per kab/kota and the channel varies; make sure before planting the bad row.
    expect(lines.length).toBe(10_001);
    lines.splice(5_001, 0, 'FLPP,52.99,,2024,1,,Bank BTN,3,360000000,REALIZED'); // file row 5,002 (the header is row 1)
    const before = await fingerprint();
    const report = await importer().importFile(csv(lines.join('\n')), { source: { name: 'Big file', publisher: 'Test' } });
    expect(report.status).toBe(ImportStatus.REJECTED);
    expect(report.rows).toBe(10_001);
    expect(report.errors).toEqual([
      { row: 5_002, column: 'area_code', value: '52.99', code: 'UNKNOWN_AREA_CODE', message: 'no kab/kota has the code 52.99' },
    ]);
    expect(report.errorCount).toBe(1);
    expect(await fingerprint()).toBe(before);

    // Without that row the same 10,000 rows import.
    lines.splice(5_001, 1);
    const good = await importer().importFile(csv(lines.join('\n')), { source: { name: 'Big file', publisher: 'Test' } });
    expect(good).toMatchObject({ status: ImportStatus.IMPORTED, rows: 10_000, inserted: 10_000 });
    const [{ n }] = await sql<{ n: string }>(
      `select count(*) as n from programs.realization where source_code = 'TEST/BIG-FILE'`,
    );
    expect(Number(n)).toBe(10_000);
  });

  it("rejects a new source's file whose proposal does not exist, among rows already written, names that row, and writes nothing", async () => {
    const codes = (await sql<{ code: string }>(`select distinct regency_code as code from programs.realization order by 1`)).map(
      (r) => r.code,
    );
    const header = `${HEADER},financing_source,proposal_id`;
    const lines = [header];
    for (let bank = 1; lines.length <= 6_000; bank++)
      for (let month = 1; month <= 12; month++)
        for (const code of codes)
          if (lines.length <= 6_000) lines.push(`FLPP,${code},,2023,${month},,Bank ${bank},2,300000000,REALIZED,,`);
    // File row 5,002, after the first batches went to the database.
    lines.splice(5_001, 0, 'FLPP,52.01,,2023,1,,Bank Lain,1,150000000,REALIZED,,00000000-0000-4000-8000-000000000000');
    const before = await fingerprint();
    const report = await importer().importFile(csv(lines.join('\n')), { source: { name: 'New source', publisher: 'Test' } });
    expect(report).toMatchObject({ status: ImportStatus.REJECTED, rows: 6_001, errorCount: 1 });
    expect(report.errors.map((e) => [e.row, e.column, e.code])).toEqual([[5_002, 'proposal_id', 'UNKNOWN_PROPOSAL']]);
    expect(await fingerprint()).toBe(before);
  });

  it('a re-issue of the same source replaces the values of the keys it carries and keeps the previous ones as history', async () => {
    const source: ImportSource = { name: 'Laporan CSR', publisher: 'Dinas Perkim Provinsi NTB', code: 'NTB-CSR' };
    const first = [
      HEADER,
      'CSR,52.03,,2024,,,Yayasan A,10,500000000,IN_PROGRESS',
      'CSR,52.03,,2024,,,Yayasan B,4,200000000,REALIZED',
      'CSR,52.04,,2024,,,Yayasan A,7,350000000,REALIZED',
    ];
    expect(await importer().importFile(csv(first.join('\n')), { source })).toMatchObject({
      status: ImportStatus.IMPORTED,
      inserted: 3,
      replaced: 0,
    });
    const before = await fingerprint();

    const reissue = [
      HEADER,
      'CSR,52.03,,2024,,,Yayasan A,12,600000000,REALIZED',
      'CSR,52.03,,2024,,,Yayasan B,4,200000000,REALIZED',
      'CSR,52.05,,2024,,,Yayasan C,2,100000000,REALIZED',
    ];
    const preview = await importer().importFile(csv(reissue.join('\n'), 'reissue.csv'), { source, dryRun: true });
    expect(preview).toMatchObject({ status: ImportStatus.VALID, inserted: 1, replaced: 1, unchanged: 1 });
    expect(await fingerprint()).toBe(before);

    const report = await importer().importFile(csv(reissue.join('\n'), 'reissue.csv'), { source });
    expect(report).toMatchObject({ status: ImportStatus.IMPORTED, rows: 3, inserted: 1, replaced: 1, unchanged: 1 });
    const facts = await sql<{ regency_code: string; channel: string; units: number; amount_idr: string; status: string }>(
      `select regency_code, channel, units, amount_idr::text, status from programs.realization where source_code = 'NTB-CSR' order by regency_code, channel`,
    );
    expect(facts).toEqual([
      { regency_code: '52.03', channel: 'Yayasan A', units: 12, amount_idr: '600000000', status: 'REALIZED' },
      { regency_code: '52.03', channel: 'Yayasan B', units: 4, amount_idr: '200000000', status: 'REALIZED' },
      { regency_code: '52.04', channel: 'Yayasan A', units: 7, amount_idr: '350000000', status: 'REALIZED' }, // not in the re-issue: kept
      { regency_code: '52.05', channel: 'Yayasan C', units: 2, amount_idr: '100000000', status: 'REALIZED' },
    ]);
    const history = await sql<{
      regency_code: string;
      channel: string;
      units: number;
      amount_idr: string;
      status: string;
      replaced_by: string;
    }>(
      `select h.regency_code, h.channel, h.units, h.amount_idr::text, h.status, b.file_name as replaced_by
       from programs.realization_history h join programs.import_batch b on b.id = h.superseded_by_batch_id where h.source_code = 'NTB-CSR'`,
    );
    expect(history).toEqual([
      {
        regency_code: '52.03',
        channel: 'Yayasan A',
        units: 10,
        amount_idr: '500000000',
        status: 'IN_PROGRESS',
        replaced_by: 'reissue.csv',
      },
    ]);
    const { data } = await query(
      graphql(
        `query RealizationImportRealizationHistory { realizationHistory(regencyCode: "52.03", year: 2024, scheme: CSR) { channel units amountIdr status current supersededAt source { code modeled } } }`,
      ),
    );
    const ntb = data!.realizationHistory!.filter((v) => v.source.code === 'NTB-CSR');
    expect(ntb).toEqual([
      {
        channel: 'Yayasan A',
        units: 12,
        amountIdr: '600000000',
        status: 'REALIZED',
        current: true,
        supersededAt: null,
        source: { code: 'NTB-CSR', modeled: false },
      },
      {
        channel: 'Yayasan A',
        units: 10,
        amountIdr: '500000000',
        status: 'IN_PROGRESS',
        current: false,
        supersededAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
        source: { code: 'NTB-CSR', modeled: false },
      },
      {
        channel: 'Yayasan B',
        units: 4,
        amountIdr: '200000000',
        status: 'REALIZED',
        current: true,
        supersededAt: null,
        source: { code: 'NTB-CSR', modeled: false },
      },
    ]);
  });

  it('reports every bad row with a stable code, and writes nothing', async () => {
    const before = await fingerprint();
    const report = await importer().importFile(
      csv(
        [
          HEADER,
          'FLPP,52.01,,2023,1,,Bank BTN,5,600000000,REALIZED', // 2: good
          'KPR,52.01,,2023,1,,Bank BTN,5,600000000,REALIZED', // 3: unknown scheme
          'FLPP,52,,2023,1,,Bank BTN,5,600000000,REALIZED', // 4: a province, not a kab/kota
          'FLPP,,9999,2023,1,,Bank BTN,5,600000000,REALIZED', // 5: unknown BPS code
          'FLPP,52.01,,1999,1,,Bank BTN,5,600000000,REALIZED', // 6: year out of range
          'FLPP,52.01,,2023,13,,Bank BTN,5,600000000,REALIZED', // 7: month
          'FLPP,52.01,,2023,2,,Bank BTN,-5,600000000,REALIZED', // 8: negative units
          'FLPP,52.01,,2023,3,,Bank BTN,5,600.000.000,REALIZED', // 9: not whole rupiah digits
          'FLPP,52.01,,2023,4,PK,Bank BTN,5,600000000,REALIZED', // 10: category on FLPP
          'BSPS,52.01,,2023,,PX,,5,100000000,REALIZED', // 11: unknown category
          'FLPP,52.01,,2023,5,,Bank BTN,5,600000000,DONE', // 12: unknown status
          'FLPP,52.01,,2023,1,,Bank BTN,6,700000000,REALIZED', // 13: same key as row 2
          'FLPP,52.01,,2023,6,,Bank BTN,,600000000,REALIZED', // 14: no units
        ].join('\n'),
      ),
      { source: tapera },
    );
    expect(report.status).toBe(ImportStatus.REJECTED);
    expect(report.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [3, 'scheme', 'UNKNOWN_SCHEME'],
      [4, 'area_code', 'INVALID_AREA_CODE'],
      [5, 'bps_code', 'UNKNOWN_AREA_CODE'],
      [6, 'year', 'YEAR_OUT_OF_RANGE'],
      [7, 'month', 'INVALID_VALUE'],
      [8, 'units', 'NEGATIVE_NUMBER'],
      [9, 'amount_idr', 'NOT_AN_INTEGER'],
      [10, 'category', 'UNKNOWN_CATEGORY'],
      [11, 'category', 'UNKNOWN_CATEGORY'],
      [12, 'status', 'INVALID_VALUE'],
      [13, 'area_code', 'DUPLICATE_KEY'],
      [14, 'units', 'MISSING_VALUE'],
    ]);
    expect(report.errorCount).toBe(12);
    expect(await fingerprint()).toBe(before);

    const noColumns = await importer().importFile(csv('scheme,year,units\nFLPP,2023,1'), { source: tapera });
    expect(noColumns.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [1, 'amount_idr', 'MISSING_COLUMN'],
      [1, 'area_code', 'MISSING_COLUMN'],
    ]);
    const empty = await importer().importFile(csv(HEADER), { source: tapera });
    expect(empty.errors.map((e) => e.code)).toEqual(['EMPTY_FILE']);
    const noSource = await importer().importFile(csv(`${HEADER}\nFLPP,52.01,,2023,1,,Bank BTN,5,600000000,REALIZED`), {
      source: { name: '', publisher: 'x' },
    });
    expect(noSource).toMatchObject({
      status: ImportStatus.REJECTED,
      errors: [{ row: 0, column: 'source', code: 'INVALID_VALUE' }],
    });
    expect(await fingerprint()).toBe(before);
  });

  it('reads XLSX files (first sheet), numbers as cells', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('realisasi');
    sheet.addRow(['Scheme', 'BPS Code', 'Year', 'Category', 'Units', 'Amount IDR']);
    sheet.addRow(['BSPS', '5303', 2022, 'PK', 120, 2400000000]);
    sheet.addRow(['BSPS', '5303', 2022, 'PB', 10, 350000000]);
    const content = new Uint8Array(await workbook.xlsx.writeBuffer());
    const report = await importer().importFile(
      { fileName: 'bsps.xlsx', content, format: 'XLSX' },
      { source: { name: 'BSPS 2022', publisher: 'Kementerian PUPR' } },
    );
    expect(report).toMatchObject({ status: ImportStatus.IMPORTED, rows: 2, inserted: 2 });
    // BPS 5303 is Kabupaten Kupang, Kemendagri 53.01.
    const { data } = await query(
      graphql(
        `query RealizationImportFundingBreakdown2 { fundingBreakdown(year: 2022, scheme: BSPS, by: CATEGORY, regencyCode: "53.01") { category units amountIdr } }`,
      ),
    );
    expect(data!.fundingBreakdown).toEqual([
      { category: 'PB', units: 10, amountIdr: '350000000' },
      { category: 'PK', units: 120, amountIdr: '2400000000' },
    ]);
  });

  it('is served as the importRealization mutation, with the same report', async () => {
    const content = `${HEADER}\nSBUM,52.06,,2025,,,,30,120000000,REALIZED\n`;
    const mutation =
      graphql(`mutation RealizationImportImportRealization($file: ImportFileInput!) { importRealization(file: $file) {
      dataset status sha256 sourceCode rows inserted replaced unchanged errorCount errors { row column value code message } } }`);
    const file = {
      fileName: 'sbum.csv',
      content,
      source: { name: 'SBUM 2025', publisher: 'BP Tapera', publishedOn: '2026-02-01' },
    };
    const { data, errors } = await query(mutation, { file });
    expect(errors).toBeUndefined();
    expect(data!.importRealization).toMatchObject({
      dataset: 'realization',
      status: 'IMPORTED',
      sourceCode: 'BP-TAPERA/SBUM-2025',
      rows: 1,
      inserted: 1,
      errors: [],
    });
    const again = await query(mutation, {
      file: { ...file, content: Buffer.from(content).toString('base64'), encoding: 'BASE64' },
    });
    expect(again.data!.importRealization).toMatchObject({ status: 'UNCHANGED', sha256: data!.importRealization.sha256 });
    const bad = await query(mutation, { file: { ...file, content: `${HEADER}\nSBUM,52.06,,2025,,,,-3,1,REALIZED\n` } });
    expect(bad.data!.importRealization).toMatchObject({
      status: 'REJECTED',
      errorCount: 1,
      errors: [{ row: 2, column: 'units', code: 'NEGATIVE_NUMBER' }],
    });
    const { data: funding } = await query(
      graphql(
        `query RealizationImportFundingSummary2 { fundingSummary(year: 2025, provinceCode: "52", groupBy: REGENCY, schemes: [SBUM]) { regency { code } units amountIdr source { code } } }`,
      ),
    );
    expect(funding!.fundingSummary).toEqual([
      { regency: { code: '52.06' }, units: 30, amountIdr: '120000000', source: { code: 'BP-TAPERA/SBUM-2025' } },
    ]);
  });
});

describe('the financing source of realization (sumber dana)', () => {
  it("splits a scheme's figures by where the money comes from; a fact naming none counts as its scheme's own", async () => {
    const breakdown = () =>
      query(
        graphql(
          `query BspsNtbByFinancingSource { fundingBreakdown(year: 2023, scheme: BSPS, by: FINANCING_SOURCE, provinceCode: "52") { financingSource units amountIdr modeled } }`,
        ),
      );
    const before = await breakdown();
    expect(before.errors).toBeUndefined();
    expect(before.data!.fundingBreakdown!.map((row) => row.financingSource)).toEqual(['APBN']);
    const [apbn] = before.data!.fundingBreakdown!;
    // A fact of NTB (2023: no import of this file touches it), paid from the provincial budget.
    const [fact] = await fixture.service.orm.em
      .getConnection()
      .execute<{ id: string; units: number }[]>(
        `select id, units from programs.realization where scheme = 'BSPS' and year = 2023 and province_code = '52' and units > 0 order by id limit 1`,
      );
    await fixture.service.orm.em
      .getConnection()
      .execute(`update programs.realization set financing_source = 'APBD_PROVINCE' where id = ?`, [fact!.id]);
    const after = await breakdown();
    expect(after.data!.fundingBreakdown!.map((row) => [row.financingSource, row.units])).toEqual([
      ['APBD_PROVINCE', fact!.units],
      ['APBN', apbn!.units - fact!.units],
    ]);
  });

  it('imports the financing source and the proposal a fact funds; a re-issue that changes the proposal keeps the old link as history', async () => {
    const [proposal] = await sql<{ id: string }>(
      `select id::text as id from programs.proposal where regency_code = '52.03' and scheme = 'BSPS' order by id limit 1`,
    );
    const funded = async () => {
      const [row] = await sql<{ units: number }>(
        `select coalesce(sum(units), 0)::int as units from programs.realization where proposal_id = ?`,
        [proposal!.id],
      );
      return row!.units;
    };
    const fundedBefore = await funded();
    const header = `${HEADER},financing_source,proposal_id`;
    const source = { name: 'Sumber dana BSPS 2024', publisher: 'Dinas Perkim NTB', code: 'NTB-SUMBER-DANA' };
    const first = [
      header,
      `BSPS,52.03,,2024,,PK,,30,600000000,REALIZED,APBN,${proposal!.id.toUpperCase()}`,
      'BSPS,52.03,,2024,,PK,,8,160000000,REALIZED,apbd_province,',
    ];
    expect(await importer().importFile(csv(first.join('\n'), 'sumber-dana.csv'), { source })).toMatchObject({
      status: ImportStatus.IMPORTED,
      inserted: 2,
    });
    expect(await funded()).toBe(fundedBefore + 30);

    // The re-issue moves the 30 units off the proposal (no proposal named): the fact is replaced, its old link kept.
    const reissue = [header, 'BSPS,52.03,,2024,,PK,,30,600000000,REALIZED,APBN,', first[2]!];
    expect(await importer().importFile(csv(reissue.join('\n'), 'sumber-dana-v2.csv'), { source })).toMatchObject({
      status: ImportStatus.IMPORTED,
      inserted: 0,
      replaced: 1,
      unchanged: 1,
    });
    expect(await funded()).toBe(fundedBefore);
    const { data } = await query(
      graphql(
        `query RealizationImportFinancingHistory { realizationHistory(regencyCode: "52.03", year: 2024, scheme: BSPS) { units financingSource proposalId current source { code } } }`,
      ),
    );
    expect(data!.realizationHistory!.filter((v) => v.source.code === 'NTB-SUMBER-DANA')).toEqual([
      { units: 8, financingSource: 'APBD_PROVINCE', proposalId: null, current: true, source: { code: 'NTB-SUMBER-DANA' } },
      { units: 30, financingSource: 'APBN', proposalId: null, current: true, source: { code: 'NTB-SUMBER-DANA' } },
      { units: 30, financingSource: 'APBN', proposalId: proposal!.id, current: false, source: { code: 'NTB-SUMBER-DANA' } },
    ]);
  });
});
