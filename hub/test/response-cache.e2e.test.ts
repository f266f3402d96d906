import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildSchema, type GraphQLObjectType } from 'graphql';
import { CACHE_HEADER } from '@housing-hub/gateway';
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

interface Answer {
  // biome-ignore lint/suspicious/noExplicitAny: the walk sends string operations and reads the answers loosely
  data: any;
  errors?: { message: string; extensions?: { code?: string } }[];
  cache: string | null;
}

async function send(headers: Record<string, string>, query: string, variables?: Record<string, unknown>): Promise<Answer> {
  const response = await fetch(fixture.hub.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<Answer, 'cache'>;
  return { ...body, cache: response.headers.get(CACHE_HEADER) };
}

const asAdmin = (query: string, variables?: Record<string, unknown>) => send(adminHeaders, query, variables);

/** Reads twice (the second answer must come from the cache), then returns the first answer. */
async function readCached(query: string, variables?: Record<string, unknown>, cacheable = true): Promise<Answer> {
  const first = await asAdmin(query, variables);
  expect(first.errors).toBeUndefined();
  const second = await asAdmin(query, variables);
  expect([query, second.cache]).toEqual([query, cacheable ? 'hit' : null]);
  expect(second.data).toEqual(first.data);
  return first;
}

interface WriteAndReadBack {
  mutation: string;
  variables: () => Record<string, unknown>;
  read: string;
  readVariables?: () => Record<string, unknown>;
  /** What the read must show once the write is acknowledged (given the answer before it). */
  shows: (after: Answer['data'], before: Answer['data']) => boolean;
  cacheable?: boolean;
}

describe('the response cache', () => {
  it('serves a repeated query from the cache, and never across rights', async () => {
    const query = '{ meetings(filter: { provinceCode: "36" }, first: 1) { nodes { id title deskReviews { id } } } }';
    const admin = await readCached(query);
    expect(admin.data.meetings.nodes).toHaveLength(1);
    // The same document anonymously: the ADMIN's answer is not theirs to see.
    const anonymous = await send({}, query);
    expect(anonymous.cache).toBeNull();
    expect(anonymous.errors?.map((error) => error.extensions?.code)).toContain('FORBIDDEN');
    // Another role with an area: its own entry, not the ADMIN's.
    const pemda = { authorization: `Bearer ${await fixture.token({ roles: ['PEMDA'], areas: ['36.01'] })}` };
    expect((await send(pemda, '{ regency(code: "36.01") { name } }')).cache).toBe('stored');
    expect((await send(pemda, '{ regency(code: "36.01") { name } }')).cache).toBe('hit');
  });

  it('never keeps a field marked @NeverCache (the clock, API keys)', async () => {
    await readCached('{ overdueFollowUps { id } }', undefined, false);
    await readCached('{ apiKeys { id } }', undefined, false);
  });

  it('writes every mutation and reads it back at once through the cache', async () => {
    const meeting = (
      await asAdmin('{ meetings(filter: { provinceCode: "36" }, first: 1) { nodes { id followUps { id version } } } }')
    ).data.meetings.nodes[0];
    const organizer = (await asAdmin('{ agencies(regencyCode: "52.71") { id } }')).data.agencies[0].id;
    const submitted = (await asAdmin('{ proposals(filter: { status: SUBMITTED }, first: 1) { nodes { id } } }')).data.proposals
      .nodes[0].id;
    const source = { name: 'Cache test', publisher: 'hub tests' };
    let createdKeyId = '';
    const meetingRead = `query($id: ID!) { meeting(id: $id) { followUps { id description status version } decisions { text } } }`;
    const onMeeting = () => ({ id: meeting.id });
    const proposalsOf = (regencyCode: string) =>
      `{ proposals(filter: { regencyCode: "${regencyCode}", fiscalYear: 2027 }) { totalCount } }`;

    const walk: Record<string, WriteAndReadBack> = {
      recordAgency: {
        mutation: 'mutation($input: RecordAgencyInput!) { recordAgency(input: $input) { id } }',
        variables: () => ({ input: { name: 'Dinas Cache', kind: 'HOUSING_OFFICE', regencyCode: '52.01' } }),
        read: '{ agencies(regencyCode: "52.01") { name } }',
        shows: (after) => after.agencies.some((agency: { name: string }) => agency.name === 'Dinas Cache'),
      },
      createApiKey: {
        mutation: 'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }',
        variables: () => ({ input: { agencyId: organizer, label: 'cache-test', scopes: ['read'] } }),
        read: '{ apiKeys { id label revokedAt } }',
        shows: (after) => after.apiKeys.some((key: { label: string }) => key.label === 'cache-test'),
        cacheable: false,
      },
      revokeApiKey: {
        mutation: 'mutation($id: ID!) { revokeApiKey(id: $id) { id } }',
        variables: () => ({ id: createdKeyId }),
        read: '{ apiKeys { id label revokedAt } }',
        shows: (after) =>
          after.apiKeys.some((key: { id: string; revokedAt: string | null }) => key.id === createdKeyId && key.revokedAt),
        cacheable: false,
      },
      addFollowUps: {
        mutation: 'mutation($id: ID!) { addFollowUps(meetingId: $id, followUps: [{ description: "Cache follow-up" }]) { id } }',
        variables: onMeeting,
        read: meetingRead,
        readVariables: onMeeting,
        shows: (after) => after.meeting.followUps.some((f: { description: string }) => f.description === 'Cache follow-up'),
      },
      updateFollowUpStatus: {
        mutation:
          'mutation($id: ID!, $version: Int!) { updateFollowUpStatus(id: $id, status: DONE, expectedVersion: $version) { id } }',
        variables: () => ({ id: meeting.followUps[0].id, version: meeting.followUps[0].version }),
        read: meetingRead,
        readVariables: onMeeting,
        shows: (after) =>
          after.meeting.followUps.some(
            (f: { id: string; status: string }) => f.id === meeting.followUps[0].id && f.status === 'DONE',
          ),
      },
      recordMeeting: {
        mutation: 'mutation($input: RecordMeetingInput!) { recordMeeting(input: $input) { id } }',
        variables: () => ({
          input: {
            title: 'Rapat cache',
            kind: 'RAKOR',
            startsAt: '2026-05-01T02:00:00Z',
            mode: 'IN_PERSON',
            organizerId: organizer,
            regencyCodes: ['52.71'],
          },
        }),
        read: '{ meetings(first: 1) { totalCount } }',
        shows: (after, before) => after.meetings.totalCount === before.meetings.totalCount + 1,
      },
      addDecisions: {
        mutation: 'mutation($id: ID!) { addDecisions(meetingId: $id, decisions: [{ text: "Cache decision" }]) { id } }',
        variables: onMeeting,
        read: meetingRead,
        readVariables: onMeeting,
        shows: (after) => after.meeting.decisions.some((d: { text: string }) => d.text === 'Cache decision'),
      },
      importRealization: {
        mutation: 'mutation($file: ImportFileInput!) { importRealization(file: $file) { status } }',
        variables: () => ({
          file: {
            fileName: 'r.csv',
            content: 'scheme,area_code,year,month,units,amount_idr,status\nFLPP,52.71,2025,1,777777,1,REALIZED\n',
            source,
          },
        }),
        read: '{ regency(code: "52.71") { funding(year: 2025, schemes: [FLPP]) { units } } }',
        shows: (after, before) => after.regency.funding[0].units !== before.regency.funding[0]?.units,
      },
      importProposals: {
        mutation: 'mutation($file: ImportFileInput!) { importProposals(file: $file) { status } }',
        variables: () => ({
          file: {
            fileName: 'p.csv',
            content: 'area_code,scheme,fiscal_year,proposed_units,proposer\n52.03,BSPS,2027,123,Cache\n',
            source,
          },
        }),
        read: proposalsOf('52.03'),
        shows: (after, before) => after.proposals.totalCount === before.proposals.totalCount + 1,
      },
      submitProposal: {
        mutation: 'mutation($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }',
        variables: () => ({
          input: {
            idempotencyKey: 'cache',
            regencyCode: '52.04',
            scheme: 'BSPS',
            fiscalYear: 2027,
            proposedUnits: 120,
            proposer: 'Cache',
          },
        }),
        read: proposalsOf('52.04'),
        shows: (after, before) => after.proposals.totalCount === before.proposals.totalCount + 1,
      },
      transitionProposal: {
        mutation: 'mutation($id: ID!) { transitionProposal(id: $id, to: ADMIN_VERIFIED) { id } }',
        variables: () => ({ id: submitted }),
        read: 'query($id: ID!) { proposal(id: $id) { status } }',
        readVariables: () => ({ id: submitted }),
        shows: (after) => after.proposal.status === 'ADMIN_VERIFIED',
      },
      recordDeskReview: {
        mutation: 'mutation($input: RecordDeskReviewInput!) { recordDeskReview(input: $input) { id } }',
        variables: () => ({
          input: {
            meetingId: meeting.id,
            proposalId: submitted,
            regencyCode: '36.01',
            scheme: 'BSPS',
            fiscalYear: 2027,
            proposedUnits: 100,
            recommendedUnits: 77,
            recommendation: 'PRIORITY',
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
        read: 'query($id: ID!) { meeting(id: $id) { deskReviews { recommendedUnits } } }',
        readVariables: onMeeting,
        shows: (after) =>
          after.meeting.deskReviews.some((review: { recommendedUnits: number }) => review.recommendedUnits === 77),
      },
      importNeed: {
        mutation: 'mutation($file: ImportFileInput!) { importNeed(file: $file) { status } }',
        variables: () => ({
          file: { fileName: 'n.csv', content: 'area_code,year,indicator,value\n52.01,2024,HOUSEHOLDS,4321\n', source },
        }),
        read: '{ regency(code: "52.01") { need(year: 2024) { households } } }',
        shows: (after) => after.regency.need.households === 4321,
      },
    };
    const api = buildSchema(await readFile(new URL('../../schema/api.graphql', import.meta.url), 'utf8'));
    const mutations = Object.keys((api.getMutationType() as GraphQLObjectType).getFields());
    expect(mutations.filter((name) => !walk[name])).toEqual([]);

    for (const name of mutations) {
      const step = walk[name]!;
      const before = await readCached(step.read, step.readVariables?.(), step.cacheable ?? true);
      const written = await asAdmin(step.mutation, step.variables());
      expect([name, written.errors]).toEqual([name, undefined]);
      if (name === 'createApiKey') createdKeyId = written.data.createApiKey.apiKey.id;
      const after = await asAdmin(step.read, step.readVariables?.());
      expect([name, after.cache]).toEqual([name, step.cacheable === false ? null : 'stored']);
      expect([name, step.shows(after.data, before.data)]).toEqual([name, true]);
    }
  });

  it('sees a write that bypasses the gateway (the import CLI writes to the database directly)', async () => {
    const query = '{ regency(code: "52.02") { name } }';
    const before = await readCached(query);
    const regions = fixture.hub.services.find((service) => service.name === 'regions')!;
    await regions.orm.em.getConnection().execute(`update regions.regency set name = 'Lombok Cache' where code = '52.02'`);
    const after = await asAdmin(query);
    expect(after.data.regency.name).toBe('Lombok Cache');
    expect(after.data).not.toEqual(before.data);
  });

  it('does not see a write that was rolled back as a change', async () => {
    const query = '{ regency(code: "52.03") { name } }';
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
});
