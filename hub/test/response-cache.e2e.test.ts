import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { buildSchema, print, type DocumentNode, type GraphQLObjectType } from 'graphql';
import { CACHE_HEADER } from '@housing-hub/gateway';
import { graphql } from './generated/index.js';
import { startHubFixture, type HubFixture } from './hub-fixture.js';

/*
 * The gateway's response cache is never stale: every mutation is written and read back at once
 * through the cache (the read was cached just before), and so is a write that bypasses the gateway
 * (as the import CLI does). The walk covers the Mutation type of schema/api.graphql: a mutation
 * added without its write-and-read-back here fails the test.
 */
let fixture: HubFixture;
let adminHeaders: Record<string, string>;

beforeAll(async () => {
  fixture = await startHubFixture();
  adminHeaders = { authorization: `Bearer ${await fixture.token({ roles: ['ADMIN'] })}` };
}, 180_000);

afterAll(async () => {
  await fixture?.close();
});

interface Answer<TData> {
  data?: TData | null;
  errors?: { message: string; extensions?: { code?: string } }[];
  cache: string | null;
}

/** Sends a generated document (its variables checked where the walk's `step` builds them) and reads the cache header. */
async function send<TData>(
  headers: Record<string, string>,
  document: TypedDocumentNode<TData, never>,
  variables?: unknown,
): Promise<Answer<TData>> {
  const response = await fetch(fixture.hub.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as Omit<Answer<TData>, 'cache'>;
  return { ...body, cache: response.headers.get(CACHE_HEADER) };
}

const asAdmin = <TData>(document: TypedDocumentNode<TData, never>, variables?: unknown) =>
  send(adminHeaders, document, variables);

/** Reads twice (the second answer must come from the cache), then returns the first answer's data. */
async function readCached<TData>(
  document: TypedDocumentNode<TData, never>,
  variables?: unknown,
  cacheable = true,
): Promise<TData> {
  const query = print(document);
  const first = await asAdmin(document, variables);
  expect(first.errors).toBeUndefined();
  const second = await asAdmin(document, variables);
  expect([query, second.cache]).toEqual([query, cacheable ? 'hit' : null]);
  expect(second.data).toEqual(first.data);
  return first.data!;
}

/** A step of the walk, its answers' types erased so that steps of every mutation fit in one record. */
interface WriteAndReadBack {
  mutation: DocumentNode;
  variables: () => unknown;
  /** What the write answered, for a later step (e.g. the id of the key to revoke). */
  written?: (data: unknown) => void;
  read: DocumentNode;
  readVariables?: () => unknown;
  /** What the read must show once the write is acknowledged (given the answer before it). */
  shows: (after: unknown, before: unknown) => boolean;
  cacheable?: boolean;
}

/** A step whose variables and answers are typed by its documents. */
function step<TWritten, TWriteVariables, TRead, TReadVariables>(typed: {
  mutation: TypedDocumentNode<TWritten, TWriteVariables>;
  variables: () => TWriteVariables;
  written?: (data: TWritten) => void;
  read: TypedDocumentNode<TRead, TReadVariables>;
  readVariables?: () => TReadVariables;
  shows: (after: TRead, before: TRead) => boolean;
  cacheable?: boolean;
}): WriteAndReadBack {
  const { written, shows } = typed;
  return {
    ...typed,
    written: written && ((data) => written(data as TWritten)),
    shows: (after, before) => shows(after as TRead, before as TRead),
  };
}

describe('the response cache', () => {
  it('serves a repeated query from the cache, and never across rights', async () => {
    const query = graphql(
      `query ResponseCacheDeskReviews { meetings(filter: { provinceCode: "36" }, first: 1) { nodes { id title deskReviews { id } } } }`,
    );
    const admin = await readCached(query);
    expect(admin.meetings!.nodes).toHaveLength(1);
    // The same document anonymously: the ADMIN's answer is not theirs to see.
    const anonymous = await send({}, query);
    expect(anonymous.cache).toBeNull();
    expect(anonymous.errors?.map((error) => error.extensions?.code)).toContain('FORBIDDEN');
    // Another role with an area: its own entry, not the ADMIN's.
    const pemda = { authorization: `Bearer ${await fixture.token({ roles: ['PEMDA'], areas: ['36.01'] })}` };
    const regency = graphql(`query ResponseCacheRegency { regency(code: "36.01") { name } }`);
    expect((await send(pemda, regency)).cache).toBe('stored');
    expect((await send(pemda, regency)).cache).toBe('hit');
  });

  it('never keeps a field marked @NeverCache (the clock, API keys)', async () => {
    await readCached(graphql(`query ResponseCacheOverdue { overdueFollowUps { id } }`), undefined, false);
    await readCached(graphql(`query ResponseCacheKeyIds { apiKeys { id } }`), undefined, false);
  });

  it('writes every mutation and reads it back at once through the cache', async () => {
    const meeting = (
      await asAdmin(
        graphql(
          `query ResponseCacheMeeting { meetings(filter: { provinceCode: "36" }, first: 1) { nodes { id followUps { id version } } } }`,
        ),
      )
    ).data!.meetings!.nodes[0]!;
    const firstFollowUp = meeting.followUps[0]!;
    const organizer = (await asAdmin(graphql(`query ResponseCacheOrganizer { agencies(regencyCode: "52.71") { id } }`))).data!
      .agencies![0]!.id;
    const submitted = (
      await asAdmin(
        graphql(`query ResponseCacheSubmitted { proposals(filter: { status: SUBMITTED }, first: 1) { nodes { id } } }`),
      )
    ).data!.proposals!.nodes[0]!.id;
    const source = { name: 'Cache test', publisher: 'hub tests' };
    let createdKeyId = '';
    const meetingRead = graphql(
      `query ResponseCacheMeetingRead($id: ID!) { meeting(id: $id) { followUps { id description status version } decisions { text } } }`,
    );
    const onMeeting = () => ({ id: meeting.id });
    const apiKeysRead = graphql(`query ResponseCacheApiKeys { apiKeys { id label revokedAt } }`);
    const proposalsIn2027 = graphql(
      `query ResponseCacheProposalsIn2027($regencyCode: ID!) { proposals(filter: { regencyCode: $regencyCode, fiscalYear: 2027 }) { totalCount } }`,
    );
    const proposalsOf = (regencyCode: string) => () => ({ regencyCode });

    const walk: Record<string, WriteAndReadBack> = {
      recordAgency: step({
        mutation: graphql(
          `mutation ResponseCacheRecordAgency($input: RecordAgencyInput!) { recordAgency(input: $input) { id } }`,
        ),
        variables: () => ({ input: { name: 'Dinas Cache', kind: 'HOUSING_OFFICE' as const, regencyCode: '52.01' } }),
        read: graphql(`query ResponseCacheAgencies { agencies(regencyCode: "52.01") { name } }`),
        shows: (after) => after.agencies!.some((agency) => agency.name === 'Dinas Cache'),
      }),
      createApiKey: step({
        mutation: graphql(
          `mutation ResponseCacheCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }`,
        ),
        variables: () => ({ input: { agencyId: organizer, label: 'cache-test', scopes: ['read'] } }),
        written: (data) => {
          createdKeyId = data.createApiKey.apiKey.id;
        },
        read: apiKeysRead,
        shows: (after) => after.apiKeys!.some((key) => key.label === 'cache-test'),
        cacheable: false,
      }),
      revokeApiKey: step({
        mutation: graphql(`mutation ResponseCacheRevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id } }`),
        variables: () => ({ id: createdKeyId }),
        read: apiKeysRead,
        shows: (after) => after.apiKeys!.some((key) => key.id === createdKeyId && key.revokedAt),
        cacheable: false,
      }),
      addFollowUps: step({
        mutation: graphql(
          `mutation ResponseCacheAddFollowUps($id: ID!) { addFollowUps(meetingId: $id, followUps: [{ description: "Cache follow-up" }]) { id } }`,
        ),
        variables: onMeeting,
        read: meetingRead,
        readVariables: onMeeting,
        shows: (after) => after.meeting!.followUps.some((f) => f.description === 'Cache follow-up'),
      }),
      updateFollowUpStatus: step({
        mutation: graphql(
          `mutation ResponseCacheUpdateFollowUp($id: ID!, $version: Int!) { updateFollowUpStatus(id: $id, status: DONE, expectedVersion: $version) { id } }`,
        ),
        variables: () => ({ id: firstFollowUp.id, version: firstFollowUp.version }),
        read: meetingRead,
        readVariables: onMeeting,
        shows: (after) => after.meeting!.followUps.some((f) => f.id === firstFollowUp.id && f.status === 'DONE'),
      }),
      recordMeeting: step({
        mutation: graphql(
          `mutation ResponseCacheRecordMeeting($input: RecordMeetingInput!) { recordMeeting(input: $input) { id } }`,
        ),
        variables: () => ({
          input: {
            title: 'Rapat cache',
            kind: 'RAKOR' as const,
            startsAt: '2026-05-01T02:00:00Z',
            mode: 'IN_PERSON' as const,
            organizerId: organizer,
            regencyCodes: ['52.71'],
          },
        }),
        read: graphql(`query ResponseCacheMeetingCount { meetings(first: 1) { totalCount } }`),
        shows: (after, before) => after.meetings!.totalCount === before.meetings!.totalCount + 1,
      }),
      addDecisions: step({
        mutation: graphql(
          `mutation ResponseCacheAddDecisions($id: ID!) { addDecisions(meetingId: $id, decisions: [{ text: "Cache decision" }]) { id } }`,
        ),
        variables: onMeeting,
        read: meetingRead,
        readVariables: onMeeting,
        shows: (after) => after.meeting!.decisions.some((d) => d.text === 'Cache decision'),
      }),
      importRealization: step({
        mutation: graphql(
          `mutation ResponseCacheImportRealization($file: ImportFileInput!) { importRealization(file: $file) { status } }`,
        ),
        variables: () => ({
          file: {
            fileName: 'r.csv',
            content: 'scheme,area_code,year,month,units,amount_idr,status\nFLPP,52.71,2025,1,777777,1,REALIZED\n',
            source,
          },
        }),
        read: graphql(`query ResponseCacheFlpp { regency(code: "52.71") { funding(year: 2025, schemes: [FLPP]) { units } } }`),
        shows: (after, before) => after.regency!.funding![0]!.units !== before.regency!.funding![0]?.units,
      }),
      importProposals: step({
        mutation: graphql(
          `mutation ResponseCacheImportProposals($file: ImportFileInput!) { importProposals(file: $file) { status } }`,
        ),
        variables: () => ({
          file: {
            fileName: 'p.csv',
            content: 'area_code,scheme,fiscal_year,proposed_units,proposer\n52.03,BSPS,2027,123,Cache\n',
            source,
          },
        }),
        read: proposalsIn2027,
        readVariables: proposalsOf('52.03'),
        shows: (after, before) => after.proposals!.totalCount === before.proposals!.totalCount + 1,
      }),
      submitProposal: step({
        mutation: graphql(
          `mutation ResponseCacheSubmitProposal($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }`,
        ),
        variables: () => ({
          input: {
            idempotencyKey: 'cache',
            regencyCode: '52.04',
            scheme: 'BSPS' as const,
            fiscalYear: 2027,
            proposedUnits: 120,
            proposer: 'Cache',
          },
        }),
        read: proposalsIn2027,
        readVariables: proposalsOf('52.04'),
        shows: (after, before) => after.proposals!.totalCount === before.proposals!.totalCount + 1,
      }),
      transitionProposal: step({
        mutation: graphql(
          `mutation ResponseCacheTransitionProposal($id: ID!) { transitionProposal(id: $id, to: ADMIN_VERIFIED) { id } }`,
        ),
        variables: () => ({ id: submitted }),
        read: graphql(`query ResponseCacheProposalStatus($id: ID!) { proposal(id: $id) { status } }`),
        readVariables: () => ({ id: submitted }),
        shows: (after) => after.proposal!.status === 'ADMIN_VERIFIED',
      }),
      recordDeskReview: step({
        mutation: graphql(
          `mutation ResponseCacheRecordDeskReview($input: RecordDeskReviewInput!) { recordDeskReview(input: $input) { id } }`,
        ),
        variables: () => ({
          input: {
            meetingId: meeting.id,
            proposalId: submitted,
            regencyCode: '36.01',
            scheme: 'BSPS',
            fiscalYear: 2027,
            proposedUnits: 100,
            recommendedUnits: 77,
            recommendation: 'PRIORITY' as const,
            needUsed: {
              indicator: 'UNINHABITABLE_HOMES',
              value: 1000,
              year: 2024,
              sourceCode: 'CACHE',
              sourceName: 'Cache test',
              modeled: true,
            },
          },
        }),
        read: graphql(`query ResponseCacheDeskReviewUnits($id: ID!) { meeting(id: $id) { deskReviews { recommendedUnits } } }`),
        readVariables: onMeeting,
        shows: (after) => after.meeting!.deskReviews!.some((review) => review.recommendedUnits === 77),
      }),
      importNeed: step({
        mutation: graphql(`mutation ResponseCacheImportNeed($file: ImportFileInput!) { importNeed(file: $file) { status } }`),
        variables: () => ({
          file: { fileName: 'n.csv', content: 'area_code,year,indicator,value\n52.01,2024,HOUSEHOLDS,4321\n', source },
        }),
        read: graphql(`query ResponseCacheHouseholds { regency(code: "52.01") { need(year: 2024) { households } } }`),
        shows: (after) => after.regency!.need!.households === 4321,
      }),
    };
    const api = buildSchema(await readFile(new URL('../../schema/api.graphql', import.meta.url), 'utf8'));
    const mutations = Object.keys((api.getMutationType() as GraphQLObjectType).getFields());
    expect(mutations.filter((name) => !walk[name])).toEqual([]);

    for (const name of mutations) {
      const entry = walk[name]!;
      const before = await readCached(entry.read, entry.readVariables?.(), entry.cacheable ?? true);
      const written = await asAdmin(entry.mutation, entry.variables());
      expect([name, written.errors]).toEqual([name, undefined]);
      entry.written?.(written.data);
      const after = await asAdmin(entry.read, entry.readVariables?.());
      expect([name, after.cache]).toEqual([name, entry.cacheable === false ? null : 'stored']);
      expect([name, entry.shows(after.data, before)]).toEqual([name, true]);
    }
  });

  it('sees a write that bypasses the gateway (the import CLI writes to the database directly)', async () => {
    const query = graphql(`query ResponseCacheLombok { regency(code: "52.02") { name } }`);
    const before = await readCached(query);
    const regions = fixture.hub.services.find((service) => service.name === 'regions')!;
    await regions.orm.em.getConnection().execute(`update regions.regency set name = 'Lombok Cache' where code = '52.02'`);
    const after = await asAdmin(query);
    expect(after.data!.regency!.name).toBe('Lombok Cache');
    expect(after.data).not.toEqual(before);
  });

  it('does not see a write that was rolled back as a change', async () => {
    const query = graphql(`query ResponseCacheLombokTimur { regency(code: "52.03") { name } }`);
    await readCached(query);
    const regions = fixture.hub.services.find((service) => service.name === 'regions')!;
    await expect(
      regions.orm.em.transactional(async (em) => {
        await em
          .getConnection()
          .execute(`update regions.regency set name = 'Never' where code = '52.03'`, [], 'run', em.getTransactionContext());
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect((await asAdmin(query)).cache).toBe('hit');
  });

  it('keeps meetings answers while partner keys report their last use, and drops them for a real write', async () => {
    const query = graphql(
      `query ResponseCacheBantenMeetings { meetings(filter: { provinceCode: "36" }, first: 2) { nodes { id title } } }`,
    );
    await readCached(query);
    const meetings = fixture.hub.services.find((service) => service.name === 'meetings')!;
    const connection = meetings.orm.em.getConnection();
    // What the gateway's `_touchApiKeys` writes every few seconds while keys are in use.
    await connection.execute(`update meetings.api_key set last_used_at = now()`);
    expect((await asAdmin(query)).cache).toBe('hit');
    // A write to what the answer shows (even one that sets a column to itself) empties it.
    await connection.execute(`update meetings.meeting set title = title`);
    expect((await asAdmin(query)).cache).toBe('stored');
  });
});
