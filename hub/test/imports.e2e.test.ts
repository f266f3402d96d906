import { describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { useHubFixture } from './hub-fixture.js';
import { graphql } from './generated/index.js';

const fixture = useHubFixture();

/** A sample file of the programs service (the need sample is tested in need-import.e2e.test.ts). */
const sample = (file: string) => readFile(new URL(`../../services/programs/samples/${file}`, import.meta.url), 'utf8');

const IMPORT_REALIZATION = graphql(`mutation ImportsImportRealization($file: ImportFileInput!) {
  importRealization(file: $file) { ...ImportReport }
}`);
const IMPORT_PROPOSALS = graphql(`mutation ImportsImportProposals($file: ImportFileInput!) {
  importProposals(file: $file) { ...ImportReport }
}`);
graphql(`fragment ImportReport on ImportReport {
  dataset status sha256 sourceCode rows inserted replaced unchanged errorCount errors { row column value code message }
}`);
const HEADER = 'scheme,area_code,bps_code,year,month,category,channel,units,amount_idr,status';

const tapera = {
  name: 'Realisasi FLPP dan BSPS 2025 (sample)',
  publisher: 'BP Tapera',
  publishedOn: '2026-01-15',
  code: 'TAPERA-2025',
};

const MATARAM = graphql(
  `query ImportsRegency { regency(code: "52.71") { name funding(year: 2025, schemes: [FLPP, BSPS]) { scheme units amountIdr source { code name publisher publishedOn modeled } } } }`,
);

/** The demo's 2026 BSPS proposal of Lombok Barat (52.01): `demoProposalId('52.01', 2026, 'BSPS')`; the sample funds it. */
const LOMBOK_BARAT_BSPS_2026 = 'bbeb0f62-7ee2-5693-9f2b-f567505e1a61';
const PROPOSAL_FUNDED = graphql(
  `query ImportsProposalFunded($id: ID!) { proposal(id: $id) { id regency { code } scheme funded { units amountIdr } } }`,
);
const BSPS_LOMBOK_BARAT_BY_SOURCE = graphql(
  `query ImportsBreakdownBySource { fundingBreakdown(year: 2025, scheme: BSPS, by: FINANCING_SOURCE, regencyCode: "52.01") { financingSource units amountIdr modeled } }`,
);

const programs = () => fixture.hub.services.find((service) => service.name === 'programs')!.orm.em.getConnection();

/** Everything the realization facts add up to, nationally, for 2024 and 2025. */
async function realizationTotals(): Promise<string> {
  const { data, errors } = await fixture.query(
    graphql(
      `query ImportsFundingSummary { a: fundingSummary(year: 2024) { scheme units amountIdr } b: fundingSummary(year: 2025) { scheme units amountIdr } }`,
    ),
  );
  expect(errors).toBeUndefined();
  return JSON.stringify(data);
}

describe('imports through the gateway', () => {
  it('imports the realization sample; its figures come back through the gateway with their source', async () => {
    const { data: before } = await fixture.query(MATARAM);
    expect(before!.regency!.funding!.find((f) => f.scheme === 'FLPP')!.source!.modeled).toBe(true);

    const { data, errors } = await fixture.asAdmin(IMPORT_REALIZATION, {
      file: { fileName: 'realization.csv', content: await sample('realization.csv'), source: tapera },
    });
    expect(errors).toBeUndefined();
    expect(data!.importRealization).toMatchObject({
      dataset: 'realization',
      status: 'IMPORTED',
      sourceCode: 'TAPERA-2025',
      rows: 11,
      inserted: 11,
      errorCount: 0,
    });

    const { data: after } = await fixture.query(MATARAM);
    const source = { code: 'TAPERA-2025', name: tapera.name, publisher: 'BP Tapera', publishedOn: '2026-01-15', modeled: false };
    expect(after!.regency!.name).toBe('Kota Mataram'); // from regions, in the same query
    expect(after!.regency!.funding).toEqual([
      { scheme: 'FLPP', units: 136, amountIdr: '16864000000', source },
      before!.regency!.funding!.find((f) => f.scheme === 'BSPS'), // the file has no BSPS facts for Mataram
    ]);
    // By its BPS code 6102: Bengkayang, 61.07 (Kalimantan Barat), listed per kab/kota with its name.
    const { data: kalbar } = await fixture.query(
      graphql(
        `query ImportsFundingSummary2 { fundingSummary(year: 2025, provinceCode: "61", schemes: [FLPP], groupBy: REGENCY) { regency { code name } units amountIdr source { code } } }`,
      ),
    );
    expect(kalbar!.fundingSummary!.find((r) => r.regency!.code === '61.07')).toEqual({
      regency: { code: '61.07', name: 'Kabupaten Bengkayang' },
      units: 9,
      amountIdr: '1098000000',
      source: { code: 'TAPERA-2025' },
    });
  });

  it('the same file twice leaves the same figures; a re-issue replaces values and keeps the old ones as history', async () => {
    const content = await sample('realization.csv');
    const totals = await realizationTotals();
    const { data: again } = await fixture.asAdmin(IMPORT_REALIZATION, {
      file: { fileName: 'realization.csv', content, source: tapera },
    });
    expect(again!.importRealization).toMatchObject({ status: 'UNCHANGED', rows: 11 });
    expect(await realizationTotals()).toBe(totals);

    // The corrected re-issue: Mataram's January figure of Bank BTN was 38 units, it is 40.
    const corrected = content.replace(
      'FLPP,52.71,,2025,1,,Bank BTN,38,4712000000,REALIZED',
      'FLPP,52.71,,2025,1,,Bank BTN,40,4960000000,REALIZED',
    );
    expect(corrected).not.toBe(content);
    const { data: reissue } = await fixture.asAdmin(IMPORT_REALIZATION, {
      file: {
        fileName: 'realization-v2.csv',
        content: corrected,
        source: { ...tapera, name: 'Realisasi FLPP dan BSPS 2025 (sample, revised)' },
      },
    });
    expect(reissue!.importRealization).toMatchObject({ status: 'IMPORTED', inserted: 0, replaced: 1, unchanged: 10 });
    const { data } = await fixture.query(MATARAM);
    expect(data!.regency!.funding![0]).toMatchObject({
      scheme: 'FLPP',
      units: 138,
      amountIdr: '17112000000',
      source: { code: 'TAPERA-2025' },
    });
    const { data: history } = await fixture.query(
      graphql(
        `query ImportsRealizationHistory { realizationHistory(regencyCode: "52.71", year: 2025, scheme: FLPP) { month channel units amountIdr current source { code } } }`,
      ),
    );
    const january = history!.realizationHistory!.filter(
      (v) => v.source.code === 'TAPERA-2025' && v.month === 1 && v.channel === 'Bank BTN',
    );
    expect(january).toEqual([
      { month: 1, channel: 'Bank BTN', units: 40, amountIdr: '4960000000', current: true, source: { code: 'TAPERA-2025' } },
      { month: 1, channel: 'Bank BTN', units: 38, amountIdr: '4712000000', current: false, source: { code: 'TAPERA-2025' } },
    ]);
  });

  it('serves imported financing sources in fundingBreakdown, and an imported proposal link in Proposal.funded', async () => {
    // Imported by the first test: in Lombok Barat, BSPS 2025 is 375 units from APBN and 40 from the kab/kota's budget.
    const { data, errors } = await fixture.query(BSPS_LOMBOK_BARAT_BY_SOURCE);
    expect(errors).toBeUndefined();
    expect(data!.fundingBreakdown).toHaveLength(2);
    expect(data!.fundingBreakdown).toEqual(
      expect.arrayContaining([
        { financingSource: 'APBN', units: 375, amountIdr: '7875000000', modeled: false },
        { financingSource: 'APBD_REGENCY', units: 40, amountIdr: '800000000', modeled: false },
      ]),
    );
    // A file that funds the demo's 2026 BSPS proposal of Lombok Barat, beside what the demo funds from it.
    const [demo] = await programs().execute<{ units: number; amount: string }[]>(
      `select coalesce(sum(units), 0)::int as units, coalesce(sum(amount_idr), 0)::text as amount from programs.realization
       where proposal_id = ?`,
      [LOMBOK_BARAT_BSPS_2026],
    );
    const { data: imported } = await fixture.asAdmin(IMPORT_REALIZATION, {
      file: {
        fileName: 'funding-lombok-barat.csv',
        content: `${HEADER},financing_source,proposal_id\nBSPS,52.01,,2026,,PB,,20,700000000,ALLOCATED,APBN,${LOMBOK_BARAT_BSPS_2026}\n`,
        source: tapera,
      },
    });
    expect(imported!.importRealization).toMatchObject({ status: 'IMPORTED', inserted: 1, errorCount: 0 });
    const { data: proposal } = await fixture.asAdmin(PROPOSAL_FUNDED, { id: LOMBOK_BARAT_BSPS_2026 });
    expect(proposal!.proposal).toEqual({
      id: LOMBOK_BARAT_BSPS_2026,
      regency: { code: '52.01' },
      scheme: 'BSPS',
      funded: { units: demo!.units + 20, amountIdr: String(BigInt(demo!.amount) + 700_000_000n) },
    });
  });

  it('rejects unknown financing sources and proposals, and proposals of another kab/kota or scheme; nothing is written', async () => {
    const header = `${HEADER},financing_source,proposal_id`;
    const totals = await realizationTotals();
    const { data: fundedBefore } = await fixture.asAdmin(PROPOSAL_FUNDED, { id: LOMBOK_BARAT_BSPS_2026 });
    const rowErrors = await fixture.asAdmin(IMPORT_REALIZATION, {
      file: {
        fileName: 'bad-links.csv',
        content: [
          header,
          'BSPS,52.01,,2026,,PK,,5,100000000,REALIZED,APBX,',
          `BSPS,52.01,,2026,,PB,,5,100000000,REALIZED,apbd_province,${LOMBOK_BARAT_BSPS_2026}`,
          'BSPS,52.01,,2026,,,,5,100000000,REALIZED,,not-a-proposal',
        ].join('\n'),
        source: tapera,
      },
    });
    expect(rowErrors.data!.importRealization).toMatchObject({ status: 'REJECTED', rows: 3 });
    expect(rowErrors.data!.importRealization.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [2, 'financing_source', 'UNKNOWN_FINANCING_SOURCE'],
      [4, 'proposal_id', 'UNKNOWN_PROPOSAL'],
    ]);

    const linkErrors = await fixture.asAdmin(IMPORT_REALIZATION, {
      file: {
        fileName: 'bad-proposals.csv',
        content: [
          header,
          `BSPS,52.01,,2026,,PK,,5,100000000,REALIZED,APBN,${LOMBOK_BARAT_BSPS_2026}`, // good: its own proposal
          'BSPS,52.01,,2026,,PB,,5,100000000,REALIZED,APBN,00000000-0000-4000-8000-000000000000',
          `BSPS,52.08,,2026,,PK,,5,100000000,REALIZED,APBN,${LOMBOK_BARAT_BSPS_2026}`,
          `FLPP,52.01,,2026,1,,Bank BTN,5,100000000,REALIZED,,${LOMBOK_BARAT_BSPS_2026}`,
        ].join('\n'),
        source: tapera,
      },
    });
    expect(linkErrors.data!.importRealization).toMatchObject({ status: 'REJECTED', rows: 4, errorCount: 3 });
    expect(linkErrors.data!.importRealization.errors.map((e) => [e.row, e.column, e.value, e.code])).toEqual([
      [3, 'proposal_id', '00000000-0000-4000-8000-000000000000', 'UNKNOWN_PROPOSAL'],
      [4, 'proposal_id', LOMBOK_BARAT_BSPS_2026, 'PROPOSAL_MISMATCH'],
      [5, 'proposal_id', LOMBOK_BARAT_BSPS_2026, 'PROPOSAL_MISMATCH'],
    ]);
    expect(await realizationTotals()).toBe(totals);
    const { data: fundedAfter } = await fixture.asAdmin(PROPOSAL_FUNDED, { id: LOMBOK_BARAT_BSPS_2026 });
    expect(fundedAfter).toEqual(fundedBefore);
  });

  it('rejects a file with one unknown kab/kota code among 10,000 good rows as a whole, naming that row; nothing changes', async () => {
    const { data: frame } = await fixture.query(graphql(`query ImportsProvinces { provinces { regencies { code } } }`));
    const codes: string[] = frame!.provinces!.flatMap((p) => p.regencies.map((r) => r.code));
    expect(codes).toHaveLength(514);
    const lines = [HEADER];
    for (let month = 1; lines.length <= 10_000; month++) {
      for (const code of codes)
        if (lines.length <= 10_000)
          lines.push(`FLPP,${code},,2024,${((month - 1) % 12) + 1},,Bank ${Math.floor((month - 1) / 12)},3,360000000,REALIZED`);
    }
    lines.splice(7_000, 0, 'FLPP,73.99,,2024,1,,Bank BTN,3,360000000,REALIZED'); // file row 7,001
    const totals = await realizationTotals();
    const { data, errors } = await fixture.asAdmin(IMPORT_REALIZATION, {
      file: { fileName: 'big.csv', content: lines.join('\n'), source: { name: 'Big file', publisher: 'BP Tapera' } },
    });
    expect(errors).toBeUndefined();
    expect(data!.importRealization).toMatchObject({
      status: 'REJECTED',
      rows: 10_001,
      errorCount: 1,
      errors: [{ row: 7_001, column: 'area_code', value: '73.99', code: 'UNKNOWN_AREA_CODE' }],
    });
    expect(await realizationTotals()).toBe(totals);
  });

  it('bad rows give stable codes', async () => {
    const { data } = await fixture.asAdmin(IMPORT_REALIZATION, {
      file: {
        fileName: 'bad.csv',
        content: [
          HEADER,
          'FLPP,52.01,,2025,1,,Bank BTN,-1,0,REALIZED',
          'XYZ,52.01,,2025,1,,Bank BTN,1,1,REALIZED',
          'FLPP,,9999,2025,1,,Bank BTN,1,1,REALIZED',
        ].join('\n'),
        source: tapera,
      },
    });
    expect(data!.importRealization.errors.map((e) => [e.row, e.code])).toEqual([
      [2, 'NEGATIVE_NUMBER'],
      [3, 'UNKNOWN_SCHEME'],
      [4, 'UNKNOWN_AREA_CODE'],
    ]);
  });

  it('imports the proposals sample; the proposals come back on their kab/kota with their source', async () => {
    const file = {
      fileName: 'proposals.csv',
      content: await sample('proposals.csv'),
      source: { name: 'Usulan 2027 (sample)', publisher: 'SIBARU export', publishedOn: '2026-03-01' },
    };
    const { data, errors } = await fixture.asAdmin(IMPORT_PROPOSALS, { file });
    expect(errors).toBeUndefined();
    expect(data!.importProposals).toMatchObject({ dataset: 'proposals', status: 'IMPORTED', rows: 5, inserted: 5 });
    const { data: again } = await fixture.asAdmin(IMPORT_PROPOSALS, { file });
    expect(again!.importProposals).toMatchObject({ status: 'UNCHANGED', inserted: 0 });

    const { data: lobar } = await fixture.query(
      graphql(
        `query ImportsRegency2 { regency(code: "52.01") { name proposals(fiscalYear: 2027) { scheme proposedUnits status externalReference source { name publisher publishedOn modeled } } } }`,
      ),
    );
    expect(lobar!.regency!.name).toBe('Kabupaten Lombok Barat');
    const source = { name: 'Usulan 2027 (sample)', publisher: 'SIBARU export', publishedOn: '2026-03-01', modeled: false };
    expect(lobar!.regency!.proposals).toEqual(
      expect.arrayContaining([
        { scheme: 'BSPS', proposedUnits: 420, status: 'SUBMITTED', externalReference: 'SIBARU-2027-5201-001', source },
        { scheme: 'PSU', proposedUnits: 3, status: 'SUBMITTED', externalReference: 'SIBARU-2027-5201-002', source },
      ]),
    );
    expect(lobar!.regency!.proposals).toHaveLength(2);
    const { data: all } = await fixture.query(
      graphql(`query ImportsProposals { proposals(filter: { fiscalYear: 2027 }) { totalCount } }`),
    );
    expect(all!.proposals!.totalCount).toBe(5);
  });
});
