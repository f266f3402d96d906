import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { decodeCursor, HubError, type Caller } from '@housing-hub/subgraph-kit';
import { TEST_ADMIN } from '@housing-hub/testing';
import { FundingScheme } from '../src/funding-scheme.enum.js';
import { ProposalStatus } from '../src/proposal-status.enum.js';
import { ALLOWED_TRANSITIONS } from '../src/proposal-flow.js';
import { ProposalService, type SubmitProposalCommand } from '../src/proposal.service.js';
import { openProgramsDatabase } from './programs-database.js';

let db: Awaited<ReturnType<typeof openProgramsDatabase>>;

beforeAll(async () => {
  db = await openProgramsDatabase({ demo: false });
}, 60_000);

afterAll(async () => {
  await db?.close();
});

const service = () => new ProposalService(db.orm.em.fork());
let keys = 0;
const command = (overrides: Partial<SubmitProposalCommand> = {}): SubmitProposalCommand => ({
  idempotencyKey: `key-${++keys}`,
  regencyCode: '52.01',
  scheme: FundingScheme.BSPS,
  fiscalYear: 2027,
  proposedUnits: 120,
  proposer: 'Dinas Perkim Kabupaten Lombok Barat',
  ...overrides,
});

async function counts(): Promise<{ proposals: number; events: number }> {
  const [row] = await db.orm.em
    .getConnection()
    .execute<{ proposals: string; events: string }[]>(
      'select (select count(*) from programs.proposal)::text as proposals, (select count(*) from programs.proposal_event)::text as events',
    );
  return { proposals: Number(row!.proposals), events: Number(row!.events) };
}

async function codeOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    if (error instanceof HubError) return error.code;
    throw error;
  }
  throw new Error('expected a HubError');
}

/** A caller with every right: these tests are about the flow, not about who may move it. */
const as = (id: string): Caller => ({ ...TEST_ADMIN, id });

describe('submitting a proposal', () => {
  it('creates it SUBMITTED, with its history, or as a DRAFT when asked', async () => {
    const submitted = await service().submit(command(), as('tester'));
    expect(submitted).toMatchObject({
      status: ProposalStatus.SUBMITTED,
      regencyCode: '52.01',
      provinceCode: '52',
      proposedUnits: 120,
    });
    const history = await service().historyOf([submitted.id]);
    expect(history.map((e) => [e.fromStatus, e.toStatus, e.actor])).toEqual([
      [null, ProposalStatus.DRAFT, 'tester'],
      [ProposalStatus.DRAFT, ProposalStatus.SUBMITTED, 'tester'],
    ]);
    const draft = await service().submit(command({ draft: true }), as('tester'));
    expect(draft.status).toBe(ProposalStatus.DRAFT);
  });

  it('returns the same proposal for a retry with the same key, writing nothing more', async () => {
    const first = await service().submit(command({ idempotencyKey: 'retry-me' }), as('tester'));
    const before = await counts();
    const again = await service().submit(command({ idempotencyKey: 'retry-me' }), as('tester'));
    expect(again.id).toBe(first.id);
    expect(await counts()).toEqual(before);
  });

  it('creates one proposal for concurrent submissions with the same key', async () => {
    const before = await counts();
    const results = await Promise.all(
      Array.from({ length: 5 }, () => service().submit(command({ idempotencyKey: 'concurrent' }), as('tester'))),
    );
    expect(new Set(results.map((p) => p.id)).size).toBe(1);
    expect((await counts()).proposals).toBe(before.proposals + 1);
  });

  it('refuses the same key with another payload as a CONFLICT', async () => {
    await service().submit(command({ idempotencyKey: 'conflict' }), as('tester'));
    const before = await counts();
    expect(await codeOf(service().submit(command({ idempotencyKey: 'conflict', proposedUnits: 121 }), as('tester')))).toBe(
      'CONFLICT',
    );
    expect(await codeOf(service().submit(command({ idempotencyKey: 'conflict', regencyCode: '52.02' }), as('tester')))).toBe(
      'CONFLICT',
    );
    expect(await counts()).toEqual(before);
  });

  it('refuses bad input with stable codes, writing nothing', async () => {
    const before = await counts();
    expect(await codeOf(service().submit(command({ regencyCode: '52.99' }), as('tester')))).toBe('UNKNOWN_AREA_CODE');
    expect(await codeOf(service().submit(command({ regencyCode: '99.01' }), as('tester')))).toBe('UNKNOWN_AREA_CODE');
    expect(await codeOf(service().submit(command({ regencyCode: 'Lombok' }), as('tester')))).toBe('INVALID_AREA_CODE');
    expect(await codeOf(service().submit(command({ proposedUnits: -1 }), as('tester')))).toBe('NEGATIVE_NUMBER');
    expect(await codeOf(service().submit(command({ proposedUnits: 0 }), as('tester')))).toBe('VALIDATION_FAILED');
    expect(await codeOf(service().submit(command({ proposedUnits: 1.5 }), as('tester')))).toBe('VALIDATION_FAILED');
    expect(await codeOf(service().submit(command({ fiscalYear: 1999 }), as('tester')))).toBe('YEAR_OUT_OF_RANGE');
    expect(await codeOf(service().submit(command({ idempotencyKey: '  ' }), as('tester')))).toBe('VALIDATION_FAILED');
    expect(await codeOf(service().submit(command({ proposer: ' ' }), as('tester')))).toBe('VALIDATION_FAILED');
    expect(await counts()).toEqual(before);
  });
});

describe('moving a proposal through the flow', () => {
  it('refuses every step the flow does not allow, from every status, leaving the proposal as it was', async () => {
    const path = [
      ProposalStatus.DRAFT,
      ProposalStatus.SUBMITTED,
      ProposalStatus.ADMIN_VERIFIED,
      ProposalStatus.TECH_VERIFIED,
      ProposalStatus.APPROVED,
    ];
    const proposal = await service().submit(command({ draft: true }), as('tester'));
    for (let i = 0; i < path.length; i++) {
      const status = path[i]!;
      for (const to of Object.values(ProposalStatus)) {
        if (ALLOWED_TRANSITIONS[status].includes(to)) continue;
        const before = await counts();
        expect(await codeOf(service().transition(proposal.id, to, null, as('tester')))).toBe('INVALID_TRANSITION');
        expect(await counts()).toEqual(before);
      }
      expect((await service().byIds([proposal.id]))[0]!.status).toBe(status);
      if (i + 1 < path.length)
        expect((await service().transition(proposal.id, path[i + 1]!, 'ok', as('verifier'))).status).toBe(path[i + 1]);
    }
    const history = await service().historyOf([proposal.id]);
    expect(history.map((e) => e.toStatus)).toEqual(path);
    expect(history.at(-1)).toMatchObject({ fromStatus: ProposalStatus.TECH_VERIFIED, note: 'ok', actor: 'verifier' });
  });

  it('rejects from each verification step', async () => {
    for (const steps of [[], [ProposalStatus.ADMIN_VERIFIED], [ProposalStatus.ADMIN_VERIFIED, ProposalStatus.TECH_VERIFIED]]) {
      const proposal = await service().submit(command(), as('tester'));
      for (const step of steps) await service().transition(proposal.id, step, null, as('verifier'));
      expect((await service().transition(proposal.id, ProposalStatus.REJECTED, 'data incomplete', as('verifier'))).status).toBe(
        ProposalStatus.REJECTED,
      );
    }
  });

  it('answers NOT_FOUND for an unknown id and VALIDATION_FAILED for a malformed one', async () => {
    expect(
      await codeOf(service().transition('6f1c1a52-6e2a-4f5e-9d0a-111111111111', ProposalStatus.SUBMITTED, null, as('x'))),
    ).toBe('NOT_FOUND');
    expect(await codeOf(service().transition('52.01', ProposalStatus.SUBMITTED, null, as('x')))).toBe('VALIDATION_FAILED');
  });

  it('lets only one of two concurrent identical steps through (the row is locked)', async () => {
    const proposal = await service().submit(command(), as('tester'));
    const outcomes = await Promise.allSettled([
      service().transition(proposal.id, ProposalStatus.ADMIN_VERIFIED, null, as('a')),
      service().transition(proposal.id, ProposalStatus.ADMIN_VERIFIED, null, as('b')),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const failed = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
    expect((failed.reason as HubError).code).toBe('INVALID_TRANSITION');
    expect((await service().historyOf([proposal.id])).length).toBe(3);
  });
});

describe('listing proposals', () => {
  it('pages in kab/kota order without gaps or duplicates', async () => {
    for (const code of ['11.01', '52.02', '52.71', '96.01']) await service().submit(command({ regencyCode: code }), as('tester'));
    const total = (await counts()).proposals;
    const seen: string[] = [];
    let afterKey: string | null = null;
    for (;;) {
      const page = await service().page({}, { afterKey, size: 3 }, as('reader'));
      expect(page.totalCount).toBe(total);
      seen.push(...page.nodes.map((p) => `${p.regencyCode}|${p.id}`));
      if (!page.pageInfo.hasNextPage) break;
      afterKey = decodeCursor(page.pageInfo.endCursor!);
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect(seen).toEqual([...seen].sort());
    const ntb = await service().page({ provinceCode: '52', fiscalYear: 2027 }, { afterKey: null, size: 100 }, as('reader'));
    expect(ntb.nodes.every((p) => p.provinceCode === '52' && p.fiscalYear === 2027)).toBe(true);
  });
});
