import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { TEST_ADMIN } from '@housing-hub/testing';
import { FundingScheme } from '../src/funding-scheme.enum.js';
import {
  NeedComparison,
  NeedIndicator,
  proposalsAgainstNeed,
  rankFundingAgainstNeed,
  withoutVerifiedProposal,
} from '../src/need-comparison.service.js';
import { ProposalStatus } from '../src/proposal-status.enum.js';
import { ProposalService } from '../src/proposal.service.js';
import { openProgramsDatabase } from './programs-database.js';

let db: Awaited<ReturnType<typeof openProgramsDatabase>>;

beforeAll(async () => {
  db = await openProgramsDatabase({ demo: false });
  const proposals = new ProposalService(db.orm.em.fork());
  const submit = (key: string, regencyCode: string, proposedUnits: number) =>
    proposals.submit(
      { idempotencyKey: key, regencyCode, scheme: FundingScheme.BSPS, fiscalYear: 2027, proposedUnits, proposer: 'Dinas Perkim' },
      { ...TEST_ADMIN, id: 'tester' },
    );
  await submit('above', '52.01', 500);
  await submit('below', '52.02', 50);
  await submit('no-need', '52.03', 80);
  const verified = await submit('verified', '52.04', 10);
  await proposals.transition(verified.id, ProposalStatus.ADMIN_VERIFIED, null, { ...TEST_ADMIN, id: 'tester' });
}, 120_000);

afterAll(async () => {
  await db?.close();
});

const need = (rtlh: number | null) =>
  rtlh === null ? null : { year: 2023, uninhabitableHomes: rtlh, uninhabitableHomesSource: { modeled: true } };
const regencies = [
  { code: '52.01', latestNeed: need(100) },
  { code: '52.02', latestNeed: need(100) },
  { code: '52.03', latestNeed: null },
  { code: '52.04', latestNeed: need(100) },
];

describe('proposals against the RTLH of their kab/kota', () => {
  it('lists those above their RTLH (largest excess first), then those from a kab/kota without need data', async () => {
    const rows = await proposalsAgainstNeed(db.orm.em.fork(), regencies, {
      fiscalYear: 2027,
      exceedingNeed: true,
      withoutNeed: true,
      limit: null,
    });
    expect(rows.map((r) => [r.proposal.regencyCode, r.comparison, r.rtlh, r.excess, r.needModeled])).toEqual([
      ['52.01', NeedComparison.EXCEEDS_NEED, 100, 400, true],
      ['52.03', NeedComparison.NO_NEED_DATA, null, null, false],
    ]);
  });

  it('gives either kind alone, and nothing when asked for neither', async () => {
    const em = db.orm.em.fork();
    const above = await proposalsAgainstNeed(em, regencies, {
      fiscalYear: 2027,
      exceedingNeed: true,
      withoutNeed: false,
      limit: null,
    });
    expect(above.map((r) => r.proposal.regencyCode)).toEqual(['52.01']);
    const without = await proposalsAgainstNeed(em, regencies, {
      fiscalYear: 2027,
      exceedingNeed: false,
      withoutNeed: true,
      limit: null,
    });
    expect(without.map((r) => r.proposal.regencyCode)).toEqual(['52.03']);
    expect(
      await proposalsAgainstNeed(em, regencies, { fiscalYear: 2027, exceedingNeed: false, withoutNeed: false, limit: null }),
    ).toEqual([]);
  });
});

describe('kab/kota without a verified proposal', () => {
  it('keeps those whose proposals are not verified, or that have none', async () => {
    expect(await withoutVerifiedProposal(db.orm.em.fork(), ['52.01', '52.04', '52.09'], 2027)).toEqual(['52.01', '52.09']);
  });
});

describe('ranking funding against need', () => {
  it('ranks by units per need figure, areas without the figure last, the code breaking ties', () => {
    const figure = (units: number) => ({
      scheme: FundingScheme.FLPP,
      year: 2025,
      units,
      amountIdr: String(units * 100),
      source: null,
    });
    const rows = rankFundingAgainstNeed(
      [
        { code: '52.01', latestNeed: { year: 2023, uninhabitableHomes: 100, ownershipBacklog: 1000 } },
        { code: '52.02', latestNeed: { year: 2023, uninhabitableHomes: 100, ownershipBacklog: 500 } },
        { code: '52.03', latestNeed: null },
        { code: '52.04', latestNeed: { year: 2023, uninhabitableHomes: 100, ownershipBacklog: 1000 } },
      ],
      [[figure(100)], [figure(100)], [figure(100)], [figure(100)]],
      [FundingScheme.FLPP],
      NeedIndicator.OWNERSHIP_BACKLOG,
      true,
      null,
    );
    expect(rows.map((r) => [r.rank, r.code, r.ratio])).toEqual([
      [1, '52.02', 0.2],
      [2, '52.01', 0.1],
      [3, '52.04', 0.1],
      [4, '52.03', null],
    ]);
  });
});
