import { describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { ImportStatus, type ImportSource } from '@housing-hub/import-kit';
import { TEST_ADMIN } from '@housing-hub/testing';
import { csvImportFile, useServiceFixture } from '@housing-hub/testing/jest';
import { ProposalImportService } from '../src/proposal-import.service.js';
import { ProposalStatus } from '../src/proposal-status.enum.js';
import { ProposalService } from '../src/proposal.service.js';
import { programsService } from '../src/programs.subgraph.js';
import { graphql } from './generated/index.js';

const fixture = useServiceFixture(programsService);
const { query, sql } = fixture;

const sibaru: ImportSource = { name: 'Usulan 2027', publisher: 'SIBARU export', publishedOn: '2026-03-01' };

const importer = () => new ProposalImportService(fixture.service.orm.em.fork());
const csv = (text: string, fileName = 'proposals.csv') => csvImportFile(text, fileName);
const HEADER = 'area_code,bps_code,scheme,fiscal_year,proposed_units,proposer,reference,note';

async function fingerprint(): Promise<string> {
  const [row] = await sql<{ f: string }>(
    `select (select count(*) from programs.proposal)::text || '/' ||
            (select coalesce(sum(proposed_units::bigint), 0) from programs.proposal)::text || '/' ||
            (select count(*) from programs.proposal_event)::text || '/' ||
            (select count(*) from programs.proposal_history)::text || '/' ||
            (select count(*) from programs.import_batch)::text as f`,
  );
  return row!.f;
}

const PROPOSALS_2027 =
  graphql(`query ProposalImportProposals($regency: ID) { proposals(filter: { fiscalYear: 2027, regencyCode: $regency }, first: 100) {
  totalCount nodes { id regency { code } scheme fiscalYear proposedUnits status proposer note externalReference
    source { code name publisher publishedOn modeled } history { fromStatus toStatus actor note } } } }`);

describe('importing proposals', () => {
  it('imports the sample file: each row a SUBMITTED proposal with its source', async () => {
    const sample = await readFile(new URL('../samples/proposals.csv', import.meta.url));
    const report = await importer().importFile(
      { fileName: 'proposals.csv', content: sample, format: 'CSV' },
      { source: sibaru, importedBy: 'admin-1' },
    );
    expect(report).toMatchObject({
      dataset: 'proposals',
      status: ImportStatus.IMPORTED,
      rows: 5,
      inserted: 5,
      replaced: 0,
      unchanged: 0,
      errorCount: 0,
    });

    const { data, errors } = await query(PROPOSALS_2027, {});
    expect(errors).toBeUndefined();
    expect(data!.proposals!.totalCount).toBe(5);
    const lombokBarat = data!.proposals!.nodes.find((p) => p.externalReference === 'SIBARU-2027-5201-001');
    expect(lombokBarat).toMatchObject({
      regency: { code: '52.01' },
      scheme: 'BSPS',
      fiscalYear: 2027,
      proposedUnits: 420,
      status: 'SUBMITTED',
      proposer: 'Dinas Perkim Kabupaten Lombok Barat',
      source: {
        code: 'SIBARU-EXPORT/USULAN-2027',
        name: 'Usulan 2027',
        publisher: 'SIBARU export',
        publishedOn: '2026-03-01',
        modeled: false,
      },
      history: [{ fromStatus: null, toStatus: 'SUBMITTED', actor: 'admin-1', note: 'imported from proposals.csv' }],
    });
    // BPS 6102 is Bengkayang (61.07); a row without a reference has none.
    expect(data!.proposals!.nodes.find((p) => p.regency!.code === '61.07')).toMatchObject({
      proposedUnits: 310,
      externalReference: null,
    });
  });

  it('changes nothing when the same file comes again', async () => {
    const sample = await readFile(new URL('../samples/proposals.csv', import.meta.url));
    const before = await fingerprint();
    const report = await importer().importFile({ fileName: 'proposals.csv', content: sample, format: 'CSV' }, { source: sibaru });
    expect(report).toMatchObject({ status: ImportStatus.UNCHANGED, rows: 5 });
    expect(await fingerprint()).toBe(before);
  });

  it('a re-issue updates the proposals it carries (by reference, else kab/kota, scheme and year), keeping the old values', async () => {
    const reissue = [
      HEADER,
      '52.01,,BSPS,2027,450,Dinas Perkim Kabupaten Lombok Barat,SIBARU-2027-5201-001,PK for RTLH counted in the 2025 pendataan', // changed units
      '52.71,,BSPS,2027,150,Dinas Perkim Kota Mataram,,', // unchanged (keyed by kab/kota, scheme, year)
      '52.72,,BSPS,2027,90,Dinas Perkim Kota Bima,,', // new
    ].join('\n');
    const report = await importer().importFile(csv(reissue, 'proposals-v2.csv'), { source: sibaru });
    expect(report).toMatchObject({ status: ImportStatus.IMPORTED, inserted: 1, replaced: 1, unchanged: 1 });
    const { data } = await query(PROPOSALS_2027, { regency: '52.01' });
    expect(data!.proposals!.nodes.find((p) => p.externalReference === 'SIBARU-2027-5201-001')!.proposedUnits).toBe(450);
    const history = await fixture.service.orm.em
      .getConnection()
      .execute<{ proposed_units: number; file_name: string }[]>(
        `select h.proposed_units, b.file_name from programs.proposal_history h join programs.import_batch b on b.id = h.superseded_by_batch_id`,
      );
    expect(history).toEqual([{ proposed_units: 420, file_name: 'proposals-v2.csv' }]);
    const { data: all } = await query(PROPOSALS_2027, {});
    expect(all!.proposals!.totalCount).toBe(6);
  });

  it('refuses to change a proposal that verification has taken up, and writes nothing', async () => {
    const { data } = await query(PROPOSALS_2027, { regency: '52.08' });
    const id = data!.proposals!.nodes[0].id;
    await new ProposalService(fixture.service.orm.em.fork()).transition(id, ProposalStatus.ADMIN_VERIFIED, 'vermin done', {
      ...TEST_ADMIN,
      id: 'verifier',
    });
    const before = await fingerprint();
    const report = await importer().importFile(
      csv(
        [
          HEADER,
          ',5208,BSPS,2027,300,Dinas Perkim Kabupaten Lombok Utara,SIBARU-2027-5208-001,',
          '52.02,,BSPS,2027,80,Dinas Perkim Kabupaten Lombok Tengah,,',
        ].join('\n'),
        'v3.csv',
      ),
      { source: sibaru },
    );
    expect(report).toMatchObject({
      status: ImportStatus.REJECTED,
      errorCount: 1,
      errors: [{ row: 2, code: 'PROPOSAL_UNDER_REVIEW' }],
    });
    expect(await fingerprint()).toBe(before);
  });

  it('reports every bad row with a stable code', async () => {
    const before = await fingerprint();
    const report = await importer().importFile(
      csv(
        [
          HEADER,
          '52.01,,BSPS,2028,10,Dinas A,R-1,', // 2: good
          '52.01,,BSPS,2028,0,Dinas A,R-2,', // 3: zero units
          '52.01,,XYZ,2028,10,Dinas A,R-3,', // 4: unknown scheme
          '52.99,,BSPS,2028,10,Dinas A,R-4,', // 5: unknown kab/kota
          '52.01,,BSPS,1990,10,Dinas A,R-5,', // 6: year out of range
          '52.01,,BSPS,2028,10,,R-6,', // 7: no proposer
          '52.01,,BSPS,2028,12,Dinas A,R-1,', // 8: same reference as row 2
          '52.01,,BSPS,2028,1.5,Dinas A,R-7,', // 9: not a whole number
        ].join('\n'),
      ),
      { source: sibaru },
    );
    expect(report.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [3, 'proposed_units', 'INVALID_VALUE'],
      [4, 'scheme', 'UNKNOWN_SCHEME'],
      [5, 'area_code', 'UNKNOWN_AREA_CODE'],
      [6, 'fiscal_year', 'YEAR_OUT_OF_RANGE'],
      [7, 'proposer', 'MISSING_VALUE'],
      [8, 'reference', 'DUPLICATE_KEY'],
      [9, 'proposed_units', 'NOT_AN_INTEGER'],
    ]);
    expect(await fingerprint()).toBe(before);
  });

  it('is served as the importProposals mutation, with the same report (a dry run writes nothing)', async () => {
    const mutation = graphql(
      `mutation ProposalImportImportProposals($file: ImportFileInput!) { importProposals(file: $file) { dataset status rows inserted replaced unchanged errorCount } }`,
    );
    const file = {
      fileName: 'p.csv',
      content: `${HEADER}\n52.03,,PSU,2027,2,Dinas Perkim Kabupaten Lombok Timur,,\n`,
      source: { name: 'Usulan PSU', publisher: 'Dinas Perkim NTB' },
    };
    const before = await fingerprint();
    const dry = await query(mutation, { file: { ...file, dryRun: true } });
    expect(dry.data!.importProposals).toEqual({
      dataset: 'proposals',
      status: 'VALID',
      rows: 1,
      inserted: 1,
      replaced: 0,
      unchanged: 0,
      errorCount: 0,
    });
    expect(await fingerprint()).toBe(before);
    const real = await query(mutation, { file });
    expect(real.data!.importProposals).toMatchObject({ status: 'IMPORTED', inserted: 1 });
  });
});
