import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { GraphQLResponse } from '@housing-hub/testing';
import type { AuditLogFilter, AuditPageQuery } from './generated/graphql.js';
import { graphql } from './generated/index.js';
import { startHubFixture, type HubFixture } from './hub-fixture.js';

let fixture: HubFixture;

beforeAll(async () => {
  fixture = await startHubFixture();
}, 180_000);

afterAll(async () => {
  await fixture?.close();
});

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const codes = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  (response.errors ?? []).map((e) => e.extensions?.code);
/** `before` and `after` are JSON: the shape of the entity that was written. */
const fieldsOf = (value: unknown) => value as Record<string, unknown>;

const AUDIT_PAGE = graphql(`query AuditPage($filter: AuditLogFilter, $first: Int, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id at service actorId actorKind actorRoles agencyId operation entity entityId before after } }
  }
}`);

type Entry = NonNullable<AuditPageQuery['auditLog']>['edges'][number]['node'];

/** Every entry since `from`, read a page of `first` at a time, as a DATA_STEWARD. */
async function readLog(from: string, first = 2): Promise<Entry[]> {
  const steward = await fixture.token({ roles: ['DATA_STEWARD'], subject: 'auditor' });
  const entries: Entry[] = [];
  let after: string | null = null;
  for (;;) {
    // The page's type is spelled out: it depends on `after`, which the previous page set.
    const response: GraphQLResponse<AuditPageQuery> = await fixture.send(bearer(steward), AUDIT_PAGE, {
      filter: { from },
      first,
      after,
    });
    expect(response.errors).toBeUndefined();
    const page = response.data!.auditLog!;
    entries.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage) {
      expect(page.totalCount).toBe(entries.length);
      return entries;
    }
    after = page.pageInfo.endCursor ?? null;
  }
}

describe('the audit log', () => {
  it('lists each write of three identities once, newest first, with its actor and values before and after', async () => {
    const from = new Date().toISOString();
    const pemda = await fixture.token({ roles: ['PEMDA'], areas: ['52.01'], subject: 'dinas-lobar', agencyId: 'agency-lobar' });
    const bp3kp = await fixture.token({ roles: ['BP3KP'], areas: ['51', '52'], subject: 'bp3kp-nt1' });
    const steward = await fixture.token({ roles: ['DATA_STEWARD'], subject: 'data-steward' });

    const submitted = await fixture.send(
      bearer(pemda),
      graphql(`mutation AuditSubmit($input: SubmitProposalInput!) { submitProposal(input: $input) { id status } }`),
      {
        input: {
          idempotencyKey: 'audit-1',
          regencyCode: '52.01',
          scheme: 'BSPS',
          fiscalYear: 2027,
          proposedUnits: 80,
          proposer: 'Dinas Perkim',
        },
      },
    );
    const proposalId = submitted.data!.submitProposal.id;
    const moved = await fixture.send(
      bearer(bp3kp),
      graphql(`mutation AuditVerify($id: ID!) { transitionProposal(id: $id, to: ADMIN_VERIFIED, note: "complete") { status } }`),
      { id: proposalId },
    );
    expect(moved.data!.transitionProposal.status).toBe('ADMIN_VERIFIED');
    const { data: found } = await fixture.send(
      {},
      graphql(`query AuditNtbMeeting { meetings(filter: { provinceCode: "52" }, first: 1) { nodes { id } } }`),
    );
    const meeting = found!.meetings!.nodes[0]!;
    const added = await fixture.send(
      bearer(bp3kp),
      graphql(`mutation AuditAddFollowUp($id: ID!) { addFollowUps(meetingId: $id, followUps: [{ description: "Lengkapi dokumen" }]) {
         followUps { id version status } } }`),
      { id: meeting.id },
    );
    const followUp = added.data!.addFollowUps.followUps.at(-1)!;
    const updated = await fixture.send(
      bearer(bp3kp),
      graphql(`mutation AuditFollowUpDone($id: ID!, $version: Int!) { updateFollowUpStatus(id: $id, status: DONE, expectedVersion: $version) {
         status statusHistory { fromStatus toStatus actor } } }`),
      { id: followUp.id, version: followUp.version },
    );
    expect(updated.data!.updateFollowUpStatus.statusHistory).toEqual([
      { fromStatus: followUp.status, toStatus: 'DONE', actor: 'bp3kp-nt1' },
    ]);
    const decided = await fixture.send(
      bearer(bp3kp),
      graphql(`mutation AuditAddDecision($id: ID!) { addDecisions(meetingId: $id, decisions: [{ text: "Verifikasi lanjutan" }]) {
         updatedBy decisions { text createdBy } } }`),
      { id: meeting.id },
    );
    expect(decided.data!.addDecisions.updatedBy).toBe('bp3kp-nt1');
    expect(decided.data!.addDecisions.decisions.at(-1)).toEqual({ text: 'Verifikasi lanjutan', createdBy: 'bp3kp-nt1' });
    const imported = await fixture.send(
      bearer(steward),
      graphql(`mutation AuditImportNeed($file: ImportFileInput!) { importNeed(file: $file) { status batchId importedBy } }`),
      {
        file: {
          fileName: 'need.csv',
          content: 'area_code,year,indicator,value\n52.01,2024,HOUSEHOLDS,123456\n',
          source: { name: 'Audit test', publisher: 'BPS' },
        },
      },
    );
    expect(imported.data!.importNeed).toMatchObject({ status: 'IMPORTED', importedBy: 'data-steward' });

    const entries = await readLog(from);
    expect(entries.map((e) => [e.operation, e.actorId])).toEqual([
      ['importNeed', 'data-steward'],
      ['addDecisions', 'bp3kp-nt1'],
      ['updateFollowUpStatus', 'bp3kp-nt1'],
      ['addFollowUps', 'bp3kp-nt1'],
      ['transitionProposal', 'bp3kp-nt1'],
      ['submitProposal', 'dinas-lobar'],
    ]);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    const [importEntry, decisionEntry, followUpEntry, addedEntry, transitionEntry, submitEntry] = entries as [
      Entry,
      Entry,
      Entry,
      Entry,
      Entry,
      Entry,
    ];
    expect(submitEntry).toMatchObject({
      service: 'programs',
      entity: 'Proposal',
      entityId: proposalId,
      actorRoles: ['PEMDA'],
      agencyId: 'agency-lobar',
      before: null,
      after: { regencyCode: '52.01', proposedUnits: 80, status: 'SUBMITTED' },
    });
    expect(transitionEntry).toMatchObject({
      before: { status: 'SUBMITTED' },
      after: { status: 'ADMIN_VERIFIED', note: 'complete' },
    });
    expect(followUpEntry).toMatchObject({
      service: 'meetings',
      entity: 'FollowUp',
      entityId: followUp.id,
      before: { status: followUp.status, version: followUp.version },
      after: { status: 'DONE', version: followUp.version + 1 },
    });
    expect((fieldsOf(addedEntry.after).followUps as { id: string }[]).map((f) => f.id)).toContain(followUp.id);
    expect((fieldsOf(decisionEntry.after).decisions as unknown[]).length).toBe(
      (fieldsOf(decisionEntry.before).decisions as unknown[]).length + 1,
    );
    expect(importEntry).toMatchObject({
      service: 'regions',
      entity: 'ImportBatch',
      entityId: imported.data!.importNeed.batchId,
      after: { dataset: 'need', fileName: 'need.csv', rows: 1, inserted: 1 },
    });

    // Filters: by actor and by entity, over the three services.
    const asSteward = (filter: AuditLogFilter) => fixture.send(bearer(steward), AUDIT_PAGE, { filter: { from, ...filter } });
    const byActor = await asSteward({ actorId: 'bp3kp-nt1' });
    expect(byActor.data!.auditLog!.totalCount).toBe(4);
    const byEntity = await asSteward({ entity: 'Proposal', entityId: proposalId });
    expect(byEntity.data!.auditLog!.edges.map((e) => e.node.operation)).toEqual(['transitionProposal', 'submitProposal']);
  }, 60_000);

  it('keeps no entry of a write that fails', async () => {
    const from = new Date().toISOString();
    const directorate = await fixture.token({ roles: ['DIRECTORATE'], subject: 'ditjen' });
    const { data } = await fixture.send(
      {},
      graphql(`query AuditApprovedProposal { proposals(filter: { status: APPROVED }, first: 1) { nodes { id } } }`),
    );
    // Refused inside the transaction, after the proposal was locked: an approved proposal cannot move.
    const refused = await fixture.send(
      bearer(directorate),
      graphql(`mutation AuditReject($id: ID!) { transitionProposal(id: $id, to: REJECTED) { status } }`),
      { id: data!.proposals!.nodes[0]!.id },
    );
    expect(codes(refused)).toEqual(['INVALID_TRANSITION']);
    const { data: found } = await fixture.send(
      {},
      graphql(`query AuditFirstFollowUp { meetings(first: 1) { nodes { followUps { id version } } } }`),
    );
    const followUp = found!.meetings!.nodes[0]!.followUps[0]!;
    const stale = await fixture.send(
      bearer(directorate),
      graphql(
        `mutation AuditStaleFollowUp($id: ID!, $version: Int!) { updateFollowUpStatus(id: $id, status: DONE, expectedVersion: $version) { status } }`,
      ),
      { id: followUp.id, version: followUp.version + 5 },
    );
    expect(codes(stale)).toEqual(['CONFLICT']);
    const rejectedImport = await fixture.send(
      bearer(await fixture.token({ roles: ['DATA_STEWARD'] })),
      graphql(`mutation AuditRejectedImport($file: ImportFileInput!) { importNeed(file: $file) { status } }`),
      {
        file: {
          fileName: 'bad.csv',
          content: 'area_code,year,indicator,value\n52.01,2024,HOUSEHOLDS,-5\n',
          source: { name: 'Bad', publisher: 'nobody' },
        },
      },
    );
    expect(rejectedImport.data!.importNeed.status).toBe('REJECTED');
    expect(await readLog(from)).toEqual([]);
  }, 60_000);

  it('is FORBIDDEN to PUBLIC, PARTNER and PEMDA, and served to ADMIN', async () => {
    const query = graphql(`query AuditCount { auditLog(first: 1) { totalCount } }`);
    const callers: Record<string, string>[] = [
      {},
      bearer(await fixture.token({ roles: ['PARTNER'] })),
      bearer(await fixture.token({ roles: ['PEMDA'], areas: ['52.01'] })),
    ];
    for (const headers of callers) {
      const response = await fixture.send(headers, query);
      expect(response.data?.auditLog ?? null).toBeNull();
      expect(codes(response)).toEqual(['FORBIDDEN']);
    }
    const admin = await fixture.send(bearer(await fixture.token({ roles: ['ADMIN'] })), query);
    expect(admin.errors).toBeUndefined();
    expect(typeof admin.data!.auditLog!.totalCount).toBe('number');
  }, 30_000);
});
