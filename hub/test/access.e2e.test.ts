import { describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { buildSchema, parse, type GraphQLObjectType } from 'graphql';
import { generateLocalKeys, signStaffToken } from '@housing-hub/gateway';
import { ANONYMOUS, CALLER_HEADER, internalKey, signCallerToken } from '@housing-hub/subgraph-kit';
import { graphqlRequest } from '@housing-hub/testing';
import { graphql } from './generated/index.js';
import { useHubFixture } from './hub-fixture.js';

const fixture = useHubFixture({ partnerKeys: true });

const schemaFile = (name: string) => readFile(new URL(`../../schema/${name}`, import.meta.url), 'utf8');
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const codes = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  (response.errors ?? []).map((e) => e.extensions?.code);

/** What every write touches, per schema: a write that gets through changes one of these. */
async function fingerprint(): Promise<string> {
  const tables: Record<string, string[]> = {
    regions: ['need_observation', 'import_batch'],
    programs: ['proposal', 'proposal_event', 'import_batch', 'realization'],
    meetings: ['agency', 'meeting', 'decision', 'follow_up', 'api_key'],
  };
  const counts: Record<string, unknown> = {};
  for (const service of fixture.hub.services) {
    for (const table of tables[service.name] ?? []) {
      const [row] = await service.orm.em.getConnection().execute(`select count(*)::int as n from ${service.name}.${table}`);
      counts[`${service.name}.${table}`] = row.n;
    }
  }
  const [followUps] = await fixture.hub.services
    .find((s) => s.name === 'meetings')!
    .orm.em.getConnection()
    .execute('select coalesce(sum(version), 0)::int as v from meetings.follow_up');
  const [proposals] = await fixture.hub.services
    .find((s) => s.name === 'programs')!
    .orm.em.getConnection()
    .execute(`select string_agg(status, ',' order by id) as s from programs.proposal`);
  return JSON.stringify({ counts, followUps, proposals });
}

async function seedMeeting(): Promise<{ meetingId: string; followUp: { id: string; version: number } }> {
  const { data } = await fixture.send(
    {},
    graphql(
      `query AccessSeedMeeting { meetings(filter: { provinceCode: "36" }, first: 1) { nodes { id followUps { id version } } } }`,
    ),
  );
  const meeting = data!.meetings!.nodes[0]!;
  return { meetingId: meeting.id, followUp: meeting.followUps![0]! };
}

async function submitAs(token: string, regencyCode: string, key: string) {
  return fixture.send(
    bearer(token),
    graphql(
      `mutation AccessSubmit($input: SubmitProposalInput!) { submitProposal(input: $input) { id status regency { code } } }`,
    ),
    {
      input: { idempotencyKey: key, regencyCode, scheme: 'BSPS', fiscalYear: 2027, proposedUnits: 120, proposer: 'Dinas Perkim' },
    },
  );
}

/** The walk over every mutation builds its operations from the schema: strings, read for their errors only. */
const anonymous = (query: string, variables?: Record<string, unknown>) => fixture.send({}, query, variables);

const MOVE = graphql(
  `mutation AccessMove($id: ID!, $to: ProposalStatus!) { transitionProposal(id: $id, to: $to) { id status } }`,
);

describe('anonymous writes', () => {
  it('every mutation of schema/api.graphql, called anonymously with valid arguments, is UNAUTHENTICATED and changes nothing', async () => {
    const { meetingId, followUp } = await seedMeeting();
    const { data: organizer } = await fixture.send(
      {},
      graphql(`query AccessOrganizer { agencies(regencyCode: "52.71") { id } }`),
    );
    const source = { name: 'Anonymous test', publisher: 'nobody' };
    const { data: proposals } = await fixture.send(
      {},
      graphql(`query AccessSubmitted { proposals(filter: { status: SUBMITTED }, first: 1) { nodes { id } } }`),
    );
    /** Valid arguments per mutation: a mutation added without an entry here fails this test. */
    const validCalls: Record<string, { args: string; variables: Record<string, unknown> }> = {
      recordAgency: {
        args: '(input: $input) { id }',
        variables: { input: { name: 'Dinas Anonim', kind: 'HOUSING_OFFICE', regencyCode: '52.01' } },
      },
      addFollowUps: {
        args: '(meetingId: $meetingId, followUps: $followUps) { id }',
        variables: { meetingId, followUps: [{ description: 'Anonymous' }] },
      },
      updateFollowUpStatus: {
        args: '(id: $id, status: DONE, expectedVersion: $version) { id }',
        variables: { id: followUp.id, version: followUp.version },
      },
      recordMeeting: {
        args: '(input: $input) { id }',
        variables: {
          input: {
            title: 'Rapat anonim',
            kind: 'RAKOR',
            startsAt: '2026-05-01T02:00:00Z',
            mode: 'IN_PERSON',
            organizerId: organizer!.agencies![0]!.id,
            regencyCodes: ['52.71'],
          },
        },
      },
      addDecisions: {
        args: '(meetingId: $meetingId, decisions: $decisions) { id }',
        variables: { meetingId, decisions: [{ text: 'Anonymous decision' }] },
      },
      importRealization: {
        args: '(file: $file) { status }',
        variables: {
          file: {
            fileName: 'r.csv',
            content: 'scheme,area_code,year,month,units,amount_idr,status\nFLPP,52.71,2025,1,999999,1,REALIZED\n',
            source,
          },
        },
      },
      importProposals: {
        args: '(file: $file) { status }',
        variables: {
          file: {
            fileName: 'p.csv',
            content: 'area_code,scheme,fiscal_year,proposed_units,proposer\n52.01,BSPS,2027,999999,Anon\n',
            source,
          },
        },
      },
      submitProposal: {
        args: '(input: $input) { id }',
        variables: {
          input: {
            idempotencyKey: 'anon',
            regencyCode: '52.01',
            scheme: 'BSPS',
            fiscalYear: 2027,
            proposedUnits: 999999,
            proposer: 'Anon',
          },
        },
      },
      transitionProposal: { args: '(id: $id, to: ADMIN_VERIFIED) { id }', variables: { id: proposals!.proposals!.nodes[0]!.id } },
      createApiKey: {
        args: '(input: $input) { key }',
        variables: { input: { agencyId: organizer!.agencies![0]!.id, label: 'anonymous', scopes: ['read'] } },
      },
      revokeApiKey: { args: '(id: $id) { id }', variables: { id: '00000000-0000-4000-8000-000000000000' } },
      recordDeskReview: {
        args: '(input: $input) { id }',
        variables: {
          input: {
            meetingId,
            proposalId: proposals!.proposals!.nodes[0]!.id,
            regencyCode: '52.01',
            scheme: 'BSPS',
            fiscalYear: 2027,
            proposedUnits: 100,
            recommendedUnits: 50,
            recommendation: 'PRIORITY',
            needUsed: {
              indicator: 'UNINHABITABLE_HOMES',
              value: 10,
              year: 2024,
              sourceCode: 'ANON',
              sourceName: 'Anon',
              modeled: true,
            },
          },
        },
      },
      importNeed: {
        args: '(file: $file) { status }',
        variables: { file: { fileName: 'n.csv', content: 'area_code,year,indicator,value\n52.01,2024,HOUSEHOLDS,1\n', source } },
      },
    };
    const api = buildSchema(await schemaFile('api.graphql'));
    const mutation = api.getMutationType() as GraphQLObjectType;
    const fields = Object.values(mutation.getFields());
    expect(fields.map((f) => f.name).filter((name) => !validCalls[name])).toEqual([]);

    // Which subgraph owns each mutation, from the supergraph: the request that slips past the gateway goes there.
    const supergraph = await schemaFile('supergraph.graphql');
    const owner = (name: string) =>
      new RegExp(`\\n  ${name}\\([^\\n]*@join__field\\(graph: ([A-Z]+)\\)`).exec(supergraph)![1]!.toLowerCase();
    const anonymousToken = await signCallerToken(ANONYMOUS, internalKey(fixture.hub.internalSecret));

    const before = await fingerprint();
    for (const field of fields) {
      const call = validCalls[field.name]!;
      const declared =
        field.args.length > 0
          ? `(${Object.keys(call.variables)
              .map((name) => `$${name}: ${variableType(field.name, name)}`)
              .join(', ')})`
          : '';
      const document = `mutation${declared} { ${field.name}${call.args} }`;
      parse(document);
      const response = await anonymous(document, call.variables);
      expect([field.name, codes(response)]).toEqual([field.name, ['UNAUTHENTICATED']]);
      expect(response.data ?? null).toBeNull();
      // Straight to the owning subgraph with a valid anonymous caller token: the subgraph refuses it too.
      const service = fixture.hub.services.find((s) => s.name === owner(field.name))!;
      const direct = await graphqlRequest(service.server.url, document, call.variables, { [CALLER_HEADER]: anonymousToken });
      expect([field.name, codes(direct)]).toEqual([field.name, ['UNAUTHENTICATED']]);
    }
    expect(await fingerprint()).toBe(before);
  });
});

/** The declared type of each variable of the walk above. */
function variableType(mutation: string, variable: string): string {
  const types: Record<string, string> = {
    input:
      {
        recordAgency: 'RecordAgencyInput!',
        recordMeeting: 'RecordMeetingInput!',
        submitProposal: 'SubmitProposalInput!',
        createApiKey: 'CreateApiKeyInput!',
        recordDeskReview: 'RecordDeskReviewInput!',
      }[mutation] ?? 'String',
    meetingId: 'ID!',
    followUps: '[FollowUpInput!]!',
    decisions: '[DecisionInput!]!',
    id: 'ID!',
    version: 'Int!',
    file: 'ImportFileInput!',
  };
  return types[variable]!;
}

describe('credentials', () => {
  it('refuses a bad, foreign-signed or expired bearer token with HTTP 401, never as PUBLIC', async () => {
    const foreign = await signStaffToken(await generateLocalKeys(), { subject: 'intruder', roles: ['ADMIN'] });
    const expired = await fixture.token({ roles: ['DIRECTORATE'], ttl: '-10s' });
    for (const headers of [bearer('not-a-jwt'), bearer(foreign), bearer(expired), { authorization: 'Basic abc' }]) {
      const response = await fetch(fixture.hub.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: '{ provinces { code } }' }),
      });
      expect(response.status).toBe(401);
      const body = (await response.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
      expect(body.data ?? null).toBeNull();
      expect(body.errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  it('refuses a request straight to a subgraph port, with or without a forged x-hub-caller', async () => {
    for (const service of fixture.hub.services) {
      const forged: Record<string, string> = { [CALLER_HEADER]: JSON.stringify({ id: 'root', roles: ['ADMIN'] }) };
      for (const headers of [{}, forged]) {
        const response = await graphqlRequest(service.server.url, '{ __typename }', undefined, headers);
        expect(codes(response)).toEqual(['UNAUTHENTICATED']);
      }
    }
  });
});

describe('roles and areas', () => {
  it('lets a PEMDA of 52.01 submit for 52.01 and not for 52.02', async () => {
    const pemda = await fixture.token({ roles: ['PEMDA'], areas: ['52.01'], subject: 'pemda-lobar' });
    const own = await submitAs(pemda, '52.01', 'pemda-own');
    expect(own.errors).toBeUndefined();
    expect(own.data!.submitProposal).toMatchObject({ status: 'SUBMITTED', regency: { code: '52.01' } });
    const before = await fingerprint();
    const other = await submitAs(pemda, '52.02', 'pemda-other');
    expect(codes(other)).toEqual(['FORBIDDEN']);
    expect(await fingerprint()).toBe(before);
  });

  it('lets a BP3KP of 51 and 52 verify an NTB proposal but not an NTT one; only the directorate approves', async () => {
    const admin = await fixture.token({ roles: ['ADMIN'] });
    const ntb = (await submitAs(admin, '52.02', 'ntb-flow')).data!.submitProposal.id;
    const ntt = (await submitAs(admin, '53.01', 'ntt-flow')).data!.submitProposal.id;
    const bp3kp = await fixture.token({ roles: ['BP3KP'], areas: ['51', '52'], subject: 'bp3kp-nt1' });
    const pemda = await fixture.token({ roles: ['PEMDA'], areas: ['52.02'] });
    const directorate = await fixture.token({ roles: ['DIRECTORATE'], subject: 'ditjen' });

    expect((await fixture.send(bearer(bp3kp), MOVE, { id: ntb, to: 'ADMIN_VERIFIED' })).data!.transitionProposal.status).toBe(
      'ADMIN_VERIFIED',
    );
    expect((await fixture.send(bearer(bp3kp), MOVE, { id: ntb, to: 'TECH_VERIFIED' })).data!.transitionProposal.status).toBe(
      'TECH_VERIFIED',
    );
    expect(codes(await fixture.send(bearer(bp3kp), MOVE, { id: ntt, to: 'ADMIN_VERIFIED' }))).toEqual(['FORBIDDEN']);
    expect(codes(await fixture.send(bearer(bp3kp), MOVE, { id: ntb, to: 'APPROVED' }))).toEqual(['FORBIDDEN']);
    expect(codes(await fixture.send(bearer(pemda), MOVE, { id: ntb, to: 'APPROVED' }))).toEqual(['FORBIDDEN']);
    const approved = await fixture.send(bearer(directorate), MOVE, { id: ntb, to: 'APPROVED' });
    expect(approved.errors).toBeUndefined();
    expect(approved.data!.transitionProposal.status).toBe('APPROVED');
  });

  it('lets a PARTNER read but not write', async () => {
    const partner = await fixture.token({ roles: ['PARTNER'], agencyId: 'bps' });
    const read = await fixture.send(bearer(partner), '{ province(code: "52") { name } }');
    expect(read).toEqual({ data: { province: { name: 'Nusa Tenggara Barat' } } });
    expect(codes(await submitAs(partner, '52.01', 'partner'))).toEqual(['FORBIDDEN']);
  });
});

describe('partner API keys', () => {
  const CREATE = graphql(
    `mutation AccessCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { id label scopes keyPrefix revokedAt } } }`,
  );
  const READ = '{ province(code: "52") { name } }';

  it('an ADMIN creates a key shown once; the partner reads with it but cannot write; revoked, it is refused within 5 s', async () => {
    const { data: bps } = await fixture.send({}, graphql(`query AccessAgencies { agencies { id } }`));
    const created = await fixture.asAdmin(CREATE, {
      input: { agencyId: bps!.agencies![0]!.id, label: 'BPS sync', scopes: ['read', 'export'] },
    });
    expect(created.errors).toBeUndefined();
    const { key, apiKey } = created.data!.createApiKey;
    expect(key).toMatch(/^hub_/);
    expect(apiKey).toMatchObject({ label: 'BPS sync', scopes: ['read', 'export'], keyPrefix: key.slice(0, 8), revokedAt: null });
    // Refused only as FORBIDDEN: creating keys is for ADMIN.
    expect(
      codes(
        await fixture.send(bearer(await fixture.token({ roles: ['DIRECTORATE'] })), CREATE, {
          input: { agencyId: bps!.agencies![0]!.id, label: 'x', scopes: ['read'] },
        }),
      ),
    ).toEqual(['FORBIDDEN']);

    const partner = { 'x-api-key': key };
    const deadline = Date.now() + 5_000;
    let read = await fixture.send(partner, READ);
    while (read.errors && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      read = await fixture.send(partner, READ);
    }
    expect(read).toEqual({ data: { province: { name: 'Nusa Tenggara Barat' } } });
    expect(codes(await fixture.send(partner, MOVE, { id: apiKey.id, to: 'APPROVED' }))).toEqual(['FORBIDDEN']);
    expect(codes(await fixture.send({ 'x-api-key': `${key}x` }, READ))).toEqual(['UNAUTHENTICATED']);

    const listed = await fixture.asAdmin(graphql(`query AccessApiKeys { apiKeys { id keyPrefix lastUsedAt } }`));
    expect(JSON.stringify(listed)).not.toContain(key);
    expect(listed.data!.apiKeys!.find((k) => k.id === apiKey.id)!.keyPrefix).toBe(key.slice(0, 8));
    expect(codes(await fixture.send(partner, '{ apiKeys { id } }'))).toEqual(['FORBIDDEN']);

    const revoked = await fixture.asAdmin(
      graphql(`mutation AccessRevokeApiKey($id: ID!) { revokeApiKey(id: $id) { revokedAt } }`),
      { id: apiKey.id },
    );
    expect(revoked.data!.revokeApiKey.revokedAt).not.toBeNull();
    const revokedAt = Date.now();
    let status = 200;
    while (status === 200 && Date.now() - revokedAt < 5_000) {
      status = (
        await fetch(fixture.hub.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...partner },
          body: JSON.stringify({ query: READ }),
        })
      ).status;
      if (status === 200) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(status).toBe(401);
    expect(Date.now() - revokedAt).toBeLessThan(5_000);
    const used = await fixture.asAdmin(graphql(`query AccessApiKeysUsed { apiKeys { id lastUsedAt } }`));
    expect(used.data!.apiKeys!.find((k) => k.id === apiKey.id)!.lastUsedAt).not.toBeNull();
  }, 20_000);
});

describe('imports by area', () => {
  it('lets a PEMDA import need figures for its own areas only; a refused file writes nothing', async () => {
    const pemda = await fixture.token({ roles: ['PEMDA'], areas: ['52.01'] });
    const IMPORT = graphql(`mutation AccessImportNeed($file: ImportFileInput!) { importNeed(file: $file) { status inserted } }`);
    const file = (rows: string) => ({
      fileName: 'need.csv',
      content: `area_code,year,indicator,value\n${rows}`,
      source: { name: 'Pendataan Lombok Barat', publisher: 'Dinas Perkim Lombok Barat' },
    });
    const before = await fingerprint();
    const refused = await fixture.send(bearer(pemda), IMPORT, {
      file: file('52.01,2024,HOUSEHOLDS,1000\n52.02,2024,HOUSEHOLDS,2000\n'),
    });
    expect(codes(refused)).toEqual(['FORBIDDEN']);
    expect(await fingerprint()).toBe(before);
    const own = await fixture.send(bearer(pemda), IMPORT, { file: file('52.01,2024,HOUSEHOLDS,1000\n') });
    expect(own.errors).toBeUndefined();
    expect(own.data!.importNeed).toEqual({ status: 'IMPORTED', inserted: 1 });
    expect(
      codes(
        await fixture.send(
          bearer(pemda),
          graphql(`mutation AccessImportRealization($file: ImportFileInput!) { importRealization(file: $file) { status } }`),
          { file: file('') },
        ),
      ),
    ).toEqual(['FORBIDDEN']);
  });
});

describe('restricted reads', () => {
  it('serves an anonymous query that touches desk reviews with partial data and one FORBIDDEN per restricted path', async () => {
    const response = await fixture.send(
      {},
      graphql(`query AccessDeskReviewsAnonymously {
      province(code: "52") { name }
      proposals(filter: { provinceCode: "52", fiscalYear: 2026, scheme: BSPS }, first: 3) {
        nodes { proposedUnits deskReviews { recommendedUnits } reviews: deskReviews { proposedUnits } }
      }
    }`),
    );
    expect(response.data!.province).toEqual({ name: 'Nusa Tenggara Barat' });
    expect(response.data!.proposals!.nodes).toHaveLength(3);
    for (const node of response.data!.proposals!.nodes)
      expect(node).toEqual({ proposedUnits: expect.any(Number), deskReviews: null, reviews: null });
    expect(response.errors!.map((e) => [e.path, e.extensions?.code])).toEqual([
      [['proposals', 'nodes', 'deskReviews'], 'FORBIDDEN'],
      [['proposals', 'nodes', 'reviews'], 'FORBIDDEN'],
    ]);
    const staff = await fixture.send(
      bearer(await fixture.token({ roles: ['BP3KP'], areas: ['52'] })),
      graphql(`query AccessDeskReviewsAsBp3kp {
      proposals(filter: { provinceCode: "52", fiscalYear: 2026, scheme: BSPS }, first: 3) { nodes { deskReviews { recommendedUnits } } }
    }`),
    );
    expect(staff.errors).toBeUndefined();
    expect(staff.data!.proposals!.nodes[0]!.deskReviews).toHaveLength(1);
  });

  it('keeps draft proposals from PUBLIC and partners; staff see the drafts of their areas', async () => {
    const pemda = await fixture.token({ roles: ['PEMDA'], areas: ['52.71'] });
    const draft = await fixture.send(
      bearer(pemda),
      graphql(`mutation AccessSubmitDraft($input: SubmitProposalInput!) { submitProposal(input: $input) { id status } }`),
      {
        input: {
          idempotencyKey: 'draft-mataram',
          regencyCode: '52.71',
          scheme: 'BSPS',
          fiscalYear: 2028,
          proposedUnits: 40,
          proposer: 'Dinas Perkim Kota Mataram',
          draft: true,
        },
      },
    );
    expect(draft.data!.submitProposal.status).toBe('DRAFT');
    const id = draft.data!.submitProposal.id;
    const DRAFTS = graphql(
      `query AccessDrafts($id: ID!) { proposals(filter: { regencyCode: "52.71", fiscalYear: 2028 }) { totalCount nodes { id } } proposal(id: $id) { id } regency(code: "52.71") { proposals(fiscalYear: 2028) { id } } }`,
    );
    const hidden = { proposals: { totalCount: 0, nodes: [] }, proposal: null, regency: { proposals: [] } };
    expect((await fixture.send({}, DRAFTS, { id })).data).toEqual(hidden);
    expect((await fixture.send(bearer(await fixture.token({ roles: ['PARTNER'] })), DRAFTS, { id })).data).toEqual(hidden);
    expect(
      (await fixture.send(bearer(await fixture.token({ roles: ['PEMDA'], areas: ['52.01'] })), DRAFTS, { id })).data,
    ).toEqual(hidden);
    const seen = { proposals: { totalCount: 1, nodes: [{ id }] }, proposal: { id }, regency: { proposals: [{ id }] } };
    expect((await fixture.send(bearer(pemda), DRAFTS, { id })).data).toEqual(seen);
    expect((await fixture.send(bearer(await fixture.token({ roles: ['DIRECTORATE'] })), DRAFTS, { id })).data).toEqual(seen);
  });

  it('applies the same rights inside fragments, and never serves one caller the plan of another', async () => {
    const document = graphql(`query AccessReviews {
      proposals(filter: { provinceCode: "52", fiscalYear: 2026, scheme: BSPS }, first: 2) { nodes { ...AccessReviewed } }
    }
    fragment AccessReviewed on Proposal { id deskReviews { recommendedUnits } }`);
    const publicAnswer = await fixture.send({}, document);
    expect(publicAnswer.data!.proposals!.nodes.map((node) => node.deskReviews)).toEqual([null, null]);
    expect(codes(publicAnswer)).toEqual(['FORBIDDEN']);
    const bp3kp = await fixture.send(bearer(await fixture.token({ roles: ['BP3KP'], areas: ['52'] })), document);
    expect(bp3kp.errors).toBeUndefined();
    expect(bp3kp.data!.proposals!.nodes.every((node) => node.deskReviews!.length === 1)).toBe(true);
    expect(codes(await fixture.send({}, document))).toEqual(['FORBIDDEN']);
  });
});
