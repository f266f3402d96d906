import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { demoProposalId } from '@housing-hub/demo-kit';
import { meetingsService } from '../src/meetings.subgraph.js';
import { agencyId } from '../src/seed/agencies.js';
import { seedMeetingId } from '../src/seed/seed-meetings.js';
import { startMeetingsFixture, type MeetingsFixture } from './meetings-fixture.js';
import { graphql } from './generated/index.js';
import type { MeetingsMeetingsQuery, RecordMeetingInput } from './generated/graphql.js';
import type { GraphQLResponse } from '@housing-hub/testing';

let fixture: MeetingsFixture;

beforeAll(async () => {
  fixture = await startMeetingsFixture();
}, 120_000);

afterAll(async () => {
  await fixture?.close();
});

const TABLES = [
  'agency',
  'agency_coverage',
  'meeting',
  'meeting_province',
  'meeting_regency',
  'participant',
  'agenda_item',
  'decision',
  'recommendation',
  'follow_up',
  'meeting_note',
  'desk_review',
];

/** Row counts of every table of the schema: what "nothing written" is checked against. */
async function rowCounts(): Promise<Record<string, number>> {
  const rows = await fixture.execute<{ name: string; n: number }>(
    TABLES.map((t) => `select '${t}' as name, count(*)::int as n from meetings.${t}`).join(' union all '),
  );
  return Object.fromEntries(rows.map((r) => [r.name, Number(r.n)]));
}

const PAGE = graphql(`query MeetingsMeetings($filter: MeetingFilter, $first: Int, $after: String) {
  meetings(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor } nodes { id title kind startsAt startsOn }
  } }`);

const RECORD = graphql(`mutation MeetingsRecordMeeting($input: RecordMeetingInput!) { recordMeeting(input: $input) {
  id title startsOn timeZone provinces { code } regencies { code } participants { agency { id } role }
  agenda { position title speaker { name agency { id } } } decisions { position text regency { code } }
  recommendations { label text } followUps { id label status version dueDate owner { id } } notes } }`);

const mataramOffice = () => agencyId('housing-office/52.71');

const validInput = (overrides: Partial<RecordMeetingInput> = {}): RecordMeetingInput => ({
  title: 'Rapat koordinasi pendataan RTLH Kota Mataram',
  kind: 'RAKOR',
  startsAt: '2026-11-19T16:30:00Z',
  endsAt: '2026-11-20T03:00:00Z',
  timeZone: 'Asia/Makassar',
  venue: 'Kantor Walikota Mataram',
  mode: 'HYBRID',
  organizerId: mataramOffice(),
  provinceCodes: ['52'],
  regencyCodes: ['52.71'],
  participants: [
    { agencyId: mataramOffice(), mode: 'IN_PERSON', role: 'Organizer' },
    { agencyId: agencyId('bappeda/52.71'), mode: 'ONLINE' },
  ],
  agenda: [{ title: 'Pembukaan', speakerName: 'Kepala Dinas', speakerAgencyId: mataramOffice() }],
  decisions: [{ text: 'Data RTLH dimutakhirkan sebelum desk', regencyCode: '52.71' }],
  recommendations: [{ label: 'a', text: 'Gunakan satu data DTSEN' }],
  followUps: [{ label: '1', description: 'Kirim data RTLH', ownerId: mataramOffice(), dueDate: '2026-12-15' }],
  notes: ['Recorded by the test'],
  ...overrides,
});

describe('reading meetings', () => {
  it('holds the five recorded meetings and the modeled desks', async () => {
    const counts = await rowCounts();
    expect(counts.meeting).toBe(5 + 17 * 6 - 1);
    expect(counts.desk_review).toBe(514);
    const desks = await fixture.query(PAGE, { filter: { kind: 'DESK_SINKRONISASI' }, first: 1 });
    expect(desks.data!.meetings!.totalCount).toBe(17 * 6 - 1);
  });

  it('pages through all meetings in date order with no duplicate and no gap', async () => {
    const seen: NonNullable<MeetingsMeetingsQuery['meetings']>['nodes'] = [];
    let after: string | null = null;
    for (;;) {
      const { data, errors }: GraphQLResponse<MeetingsMeetingsQuery> = await fixture.query(PAGE, { first: 7, after });
      expect(errors).toBeUndefined();
      expect(data!.meetings!.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...data!.meetings!.nodes);
      if (!data!.meetings!.pageInfo.hasNextPage) break;
      after = data!.meetings!.pageInfo.endCursor;
    }
    const counts = await rowCounts();
    expect(seen).toHaveLength(counts.meeting);
    expect(new Set(seen.map((m) => m.id)).size).toBe(seen.length);
    const keys = seen.map((m) => `${m.startsAt}|${m.id}`);
    expect(keys).toEqual([...keys].sort());
    expect(seen[0]!.startsOn).toBe('2016-05-30');
  });

  it('filters by province (directly or through its kab/kota), kab/kota, kind and dates', async () => {
    const kalbar = await fixture.query(PAGE, { filter: { provinceCode: '61' }, first: 100 });
    expect(kalbar.data!.meetings!.nodes.map((m) => m.id)).toEqual(
      expect.arrayContaining([seedMeetingId('001'), seedMeetingId('004')]),
    );
    expect(kalbar.data!.meetings!.totalCount).toBe(2 + 6);
    const singkawang = await fixture.query(PAGE, { filter: { regencyCode: '61.72' }, first: 100 });
    expect(singkawang.data!.meetings!.nodes.map((m) => m.id)).toContain(seedMeetingId('004'));
    expect(singkawang.data!.meetings!.nodes.map((m) => m.id)).not.toContain(seedMeetingId('001'));
    const june = await fixture.query(PAGE, { filter: { provinceCode: '61', from: '2025-06-01', to: '2025-06-30' } });
    expect(june.data!.meetings!.nodes.map((m) => m.id)).toEqual([seedMeetingId('001')]);
    const rakornis = await fixture.query(PAGE, { filter: { kind: 'RAKORNIS' } });
    expect(rakornis.data!.meetings!.nodes.map((m) => m.id)).toEqual([seedMeetingId('004')]);
    const atrBpn2025 = await fixture.query(PAGE, { filter: { agencyKind: 'LAND_OFFICE', from: '2025-01-01', to: '2025-12-31' } });
    expect(atrBpn2025.data!.meetings!.nodes.map((m) => m.id)).toEqual([seedMeetingId('002')]);
    const hudInstitute = await fixture.query(PAGE, { filter: { agencyId: agencyId('the-hud-institute') } });
    expect(hudInstitute.data!.meetings!.nodes.map((m) => m.id)).toEqual([seedMeetingId('003')]);
    const organizedByDsdap = await fixture.query(PAGE, { filter: { agencyId: agencyId('dsdap/36') } });
    expect(organizedByDsdap.data!.meetings!.totalCount).toBe(1);
    const nothing = await fixture.query(PAGE, { filter: { regencyCode: '52.99' } });
    expect(nothing.data!.meetings!.totalCount).toBe(0);
  });

  it('refuses bad filters and cursors with stable codes', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ filter: { from: '2025-02-01', to: '2025-01-01' } }, 'INVALID_DATE_RANGE'],
      [{ filter: { provinceCode: '6' } }, 'INVALID_AREA_CODE'],
      [{ filter: { regencyCode: '61-72' } }, 'INVALID_AREA_CODE'],
      [{ after: 'not-a-cursor' }, 'INVALID_CURSOR'],
      [{ filter: { agencyId: 'x' } }, 'VALIDATION_FAILED'],
      [{ first: 0 }, 'INVALID_PAGE_SIZE'],
    ];
    for (const [variables, code] of cases) {
      const response = await fixture.query(PAGE, variables);
      expect(response.errors?.[0]?.extensions?.code).toBe(code);
    }
    const window = await fixture.query(
      graphql(
        `query MeetingsEntities { _entities(representations: [{ __typename: "Regency", code: "61.72" }]) { ... on Regency { meetings(from: "2022-01-01", to: "2021-01-01") { id } } } }`,
      ),
    );
    expect(window.errors?.[0]?.extensions?.code).toBe('INVALID_DATE_RANGE');
  });

  it('answers Regency.meetings and Province.meetings for many areas in one statement each', async () => {
    const representations = ['61.01', '61.07', '61.72', '52.01', '36.02', '53.71'].map((code) => ({
      __typename: 'Regency',
      code,
    }));
    const { result, count } = await fixture.sql.measure(() =>
      fixture.query(
        graphql(
          `query MeetingsEntities2($r: [_Any!]!) { _entities(representations: $r) { ... on Regency { code meetings { id } } } }`,
        ),
        { r: representations },
      ),
    );
    expect(result.errors).toBeUndefined();
    expect(count).toBe(1);
    const byCode = new Map(result.data!._entities.map((e) => [e!.code, e!.meetings!.map((m) => m.id)]));
    expect(byCode.get('61.07')).toContain(seedMeetingId('001'));
    expect(byCode.get('61.01')).not.toContain(seedMeetingId('001'));
    expect(byCode.get('61.72')).toContain(seedMeetingId('004'));
    expect(byCode.get('52.01')).toContain(seedMeetingId('000'));
    const provinces = await fixture.sql.measure(() =>
      fixture.query(
        graphql(`query MeetingsEntities3 { _entities(representations: [{ __typename: "Province", code: "36" }, { __typename: "Province", code: "53" }]) {
        ... on Province { code meetings(from: "2016-01-01", to: "2016-12-31") { id } } } }`),
      ),
    );
    expect(provinces.count).toBe(1);
    expect(provinces.result!.data!._entities![0]!.meetings!.map((m) => m.id)).toEqual([seedMeetingId('003')]);
    expect(provinces.result.data!._entities[1]!.meetings).toEqual([]);
  });

  it('serves Proposal.deskReviews for many proposals in one statement', async () => {
    const ids = ['52.01', '61.72', '11.01'].map((code) => demoProposalId(code, 2026, 'BSPS'));
    const { result, count } = await fixture.sql.measure(() =>
      fixture.query(
        graphql(`query MeetingsEntities4($r: [_Any!]!) { _entities(representations: $r) { ... on Proposal { id deskReviews { regency { code } proposedUnits recommendedUnits recommendation
          needUsed { indicator value year sourceCode modeled } priorityIndicators { code met } } } } }`),
        { r: ids.map((id) => ({ __typename: 'Proposal', id })) },
      ),
    );
    expect(result.errors).toBeUndefined();
    expect(count).toBe(1);
    expect(result.data!._entities.map((p) => p!.deskReviews![0]!.regency!.code)).toEqual(['52.01', '61.72', '11.01']);
    for (const proposal of result.data!._entities) {
      expect(proposal!.deskReviews![0]!.needUsed).toMatchObject({ indicator: 'UNINHABITABLE_HOMES', modeled: true });
      expect(proposal!.deskReviews![0]!.priorityIndicators).toHaveLength(4);
    }
  });

  it('lists agencies by province and kind, with the provinces a BP3KP covers', async () => {
    const { data, errors } = await fixture.query(
      graphql(
        `query MeetingsAgencies { agencies(kind: REGIONAL_UNIT) { shortName regency { code } coveredProvinces { code } } }`,
      ),
    );
    expect(errors).toBeUndefined();
    expect(data!.agencies).toHaveLength(17);
    expect(data!.agencies!.find((a) => a.shortName === 'BP3KP NT I')).toEqual({
      shortName: 'BP3KP NT I',
      regency: { code: '52.01' },
      coveredProvinces: [{ code: '51' }, { code: '52' }],
    });
    const kalbar = await fixture.query(
      graphql(`query MeetingsAgencies2 { agencies(provinceCode: "61", kind: HOUSING_OFFICE) { name } }`),
    );
    expect(kalbar.data!.agencies!.map((a) => a.name)).toContain('Dinas Perumahan, Permukiman dan Pertanahan Kota Singkawang');
    expect(kalbar.data!.agencies).toHaveLength(1 + 14);
  });
});

describe('writing meetings', () => {
  it('records a meeting with everything it holds, on its local day', async () => {
    const { data, errors } = await fixture.query(RECORD, { input: validInput() });
    expect(errors).toBeUndefined();
    expect(data!.recordMeeting).toMatchObject({
      startsOn: '2026-11-20',
      timeZone: 'Asia/Makassar',
      provinces: [{ code: '52' }],
      regencies: [{ code: '52.71' }],
      agenda: [{ position: 1, title: 'Pembukaan', speaker: { name: 'Kepala Dinas', agency: { id: mataramOffice() } } }],
      decisions: [{ position: 1, regency: { code: '52.71' } }],
      recommendations: [{ label: 'a' }],
      followUps: [{ label: '1', status: 'OPEN', version: 1, dueDate: '2026-12-15', owner: { id: mataramOffice() } }],
      notes: ['Recorded by the test'],
    });
    expect(data!.recordMeeting.participants.map((p) => p.agency.id)).toEqual([mataramOffice(), agencyId('bappeda/52.71')]);
  });

  it('refuses bad input with a stable code and writes nothing', async () => {
    const before = await rowCounts();
    const cases: [Record<string, unknown>, string][] = [
      [{ regencyCodes: ['52.71', '52.98'] }, 'UNKNOWN_AREA_CODE'],
      [{ regencyCodes: ['52.7'] }, 'INVALID_AREA_CODE'],
      [{ provinceCodes: ['00'] }, 'UNKNOWN_AREA_CODE'],
      [{ decisions: [{ text: 'x', regencyCode: '99.01' }] }, 'UNKNOWN_AREA_CODE'],
      [{ endsAt: '2026-11-19T10:00:00Z' }, 'INVALID_DATE_RANGE'],
      [{ title: '   ' }, 'VALIDATION_FAILED'],
      [{ organizerId: '00000000-0000-5000-8000-000000000000' }, 'VALIDATION_FAILED'],
      [{ organizerId: 'not-a-uuid' }, 'VALIDATION_FAILED'],
      [{ participants: [{ agencyId: mataramOffice() }, { agencyId: mataramOffice() }] }, 'VALIDATION_FAILED'],
      [{ followUps: [{ description: 'x', ownerId: '00000000-0000-5000-8000-000000000001' }] }, 'VALIDATION_FAILED'],
      [{ timeZone: 'Mars/Olympus' }, 'VALIDATION_FAILED'],
      [{ decisions: [{ text: 'x', proposalId: 'abc' }] }, 'VALIDATION_FAILED'],
    ];
    for (const [overrides, code] of cases) {
      const response = await fixture.query(RECORD, { input: validInput(overrides) });
      expect({ overrides, code: response.errors?.[0]?.extensions?.code }).toEqual({ overrides, code });
      expect(response.data).toBeNull();
      expect(JSON.stringify(response)).not.toMatch(/stacktrace|\.ts:\d+/);
    }
    expect(await rowCounts()).toEqual(before);
  });

  it('is idempotent for a client-chosen id, and refuses a different meeting under the same id', async () => {
    const id = '3f1e9a52-6b0c-4c8e-9d3a-2a7c1f0e5b11';
    const first = await fixture.query(RECORD, { input: validInput({ id }) });
    expect(first.errors).toBeUndefined();
    const before = await rowCounts();
    const again = await fixture.query(RECORD, { input: validInput({ id }) });
    expect(again.errors).toBeUndefined();
    expect(again.data!.recordMeeting.id).toBe(id);
    expect(await rowCounts()).toEqual(before);
    const other = await fixture.query(RECORD, { input: validInput({ id, title: 'Another meeting' }) });
    expect(other.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await rowCounts()).toEqual(before);
  });

  it('records a meeting once when the same client id is sent twice at the same time', async () => {
    const id = '7d2c4b1a-0e9f-4a6b-8c3d-5e1f2a3b4c5d';
    const before = await rowCounts();
    const results = await Promise.all(
      [1, 2].map(() => fixture.query(RECORD, { input: validInput({ id, title: 'Rapat serentak' }) })),
    );
    for (const result of results) {
      expect(result.errors).toBeUndefined();
      expect(result.data!.recordMeeting.id).toBe(id);
    }
    const after = await rowCounts();
    expect(after.meeting).toBe(before.meeting + 1);
    expect(after.participant).toBe(before.participant + 2);
    expect(after.follow_up).toBe(before.follow_up + 1);
  });

  it('appends decisions and follow-ups after those a meeting has, all or none', async () => {
    const meetingId = seedMeetingId('003');
    const decisions = await fixture.query(
      graphql(
        `mutation MeetingsAddDecisions($id: ID!, $d: [DecisionInput!]!) { addDecisions(meetingId: $id, decisions: $d) { decisions { position text } } }`,
      ),
      { id: meetingId, d: [{ text: 'Keputusan tambahan' }] },
    );
    expect(decisions.errors).toBeUndefined();
    expect(decisions.data!.addDecisions.decisions.map((d) => d.position)).toEqual([1, 2, 3, 4, 5]);
    const followUps = await fixture.query(
      graphql(
        `mutation MeetingsAddFollowUps($id: ID!, $f: [FollowUpInput!]!) { addFollowUps(meetingId: $id, followUps: $f) { followUps { position label status } } }`,
      ),
      { id: meetingId, f: [{ label: '5', description: 'Rakor 2', dueDate: '2016-08-01' }] },
    );
    expect(followUps.errors).toBeUndefined();
    expect(followUps.data!.addFollowUps.followUps.map((f) => f.label)).toEqual(['1', '2', '3', '4', '5']);

    const before = await rowCounts();
    const refused = await fixture.query(
      graphql(
        `mutation MeetingsAddDecisions2($id: ID!, $d: [DecisionInput!]!) { addDecisions(meetingId: $id, decisions: $d) { id } }`,
      ),
      {
        id: meetingId,
        d: [
          { text: 'ok', regencyCode: '36.01' },
          { text: 'bad', regencyCode: '36.99' },
        ],
      },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNKNOWN_AREA_CODE');
    const missing = await fixture.query(
      graphql(
        `mutation MeetingsAddFollowUps2($f: [FollowUpInput!]!) { addFollowUps(meetingId: "00000000-0000-5000-8000-000000000000", followUps: $f) { id } }`,
      ),
      { f: [{ description: 'x' }] },
    );
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await rowCounts()).toEqual(before);
  });

  it('updates a follow-up status under optimistic locking', async () => {
    const read = await fixture.query(
      graphql(`query MeetingsMeeting($id: ID!) { meeting(id: $id) { followUps { id status version } } }`),
      { id: seedMeetingId('003') },
    );
    const followUp = read.data!.meeting!.followUps[3];
    const UPDATE = graphql(
      `mutation MeetingsUpdateFollowUpStatus($id: ID!, $s: FollowUpStatus!, $v: Int!) { updateFollowUpStatus(id: $id, status: $s, expectedVersion: $v) { id status version } }`,
    );
    const first = await fixture.query(UPDATE, { id: followUp.id, s: 'DONE', v: followUp.version });
    expect(first.data!.updateFollowUpStatus).toEqual({ id: followUp.id, status: 'DONE', version: followUp.version + 1 });
    const stale = await fixture.query(UPDATE, { id: followUp.id, s: 'CANCELLED', v: followUp.version });
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      currentVersion: followUp.version + 1,
      currentStatus: 'DONE',
    });
    const fresh = await fixture.query(UPDATE, { id: followUp.id, s: 'IN_PROGRESS', v: followUp.version + 1 });
    expect(fresh.data!.updateFollowUpStatus.version).toBe(followUp.version + 2);
    const unknown = await fixture.query(UPDATE, { id: '00000000-0000-5000-8000-000000000000', s: 'DONE', v: 1 });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const zero = await fixture.query(UPDATE, { id: followUp.id, s: 'DONE', v: 0 });
    expect(zero.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
  });

  it('lets exactly one of two concurrent updates from the same version through', async () => {
    const read = await fixture.query(
      graphql(`query MeetingsMeeting2($id: ID!) { meeting(id: $id) { followUps { id status version } } }`),
      { id: seedMeetingId('003') },
    );
    const followUp = read.data!.meeting!.followUps[0];
    const UPDATE = graphql(
      `mutation MeetingsUpdateFollowUpStatus2($id: ID!, $s: FollowUpStatus!, $v: Int!) { updateFollowUpStatus(id: $id, status: $s, expectedVersion: $v) { status version } }`,
    );
    const results = await Promise.all(
      (['IN_PROGRESS', 'CANCELLED'] as const).map((s) => fixture.query(UPDATE, { id: followUp.id, s, v: followUp.version })),
    );
    const winners = results.filter((r) => !r.errors);
    const losers = results.filter((r) => r.errors);
    expect(winners).toHaveLength(1);
    expect(losers.map((r) => r.errors?.[0]?.extensions?.code)).toEqual(['CONFLICT']);
    const [stored] = await fixture.execute<{ status: string; version: number }>(
      `select status, version from meetings.follow_up where id = ?`,
      [followUp.id],
    );
    expect({ status: stored!.status, version: Number(stored!.version) }).toEqual(winners[0]!.data!.updateFollowUpStatus);
  });

  it('records an agency with the provinces it covers, checking its areas', async () => {
    const RECORD_AGENCY = graphql(
      `mutation MeetingsRecordAgency($input: RecordAgencyInput!) { recordAgency(input: $input) { id name kind province { code } regency { code } coveredProvinces { code } } }`,
    );
    const created = await fixture.query(RECORD_AGENCY, {
      input: { name: 'PT Contoh CSR Perumahan', kind: 'COMPANY', regencyCode: '52.71' },
    });
    expect(created.errors).toBeUndefined();
    expect(created.data!.recordAgency).toMatchObject({
      kind: 'COMPANY',
      province: { code: '52' },
      regency: { code: '52.71' },
      coveredProvinces: [],
    });
    const before = await rowCounts();
    const cases: [Record<string, unknown>, string][] = [
      [{ coveredProvinceCodes: ['52', '98'] }, 'UNKNOWN_AREA_CODE'],
      [{ provinceCode: '61', regencyCode: '52.71' }, 'VALIDATION_FAILED'],
      [{ regencyCode: '5271' }, 'INVALID_AREA_CODE'],
      [{ parentId: '00000000-0000-5000-8000-000000000000' }, 'VALIDATION_FAILED'],
    ];
    for (const [overrides, code] of cases) {
      const response = await fixture.query(RECORD_AGENCY, { input: { name: 'Balai baru', kind: 'REGIONAL_UNIT', ...overrides } });
      expect(response.errors?.[0]?.extensions?.code).toBe(code);
    }
    expect(await rowCounts()).toEqual(before);
  });
});

describe('seeding', () => {
  it('is idempotent and keeps what was changed since', async () => {
    const before = await rowCounts();
    const [changed] = await fixture.execute<{ status: string; version: number }>(
      `select status, version from meetings.follow_up where meeting_id = ? and label = '4'`,
      [seedMeetingId('003')],
    );
    await meetingsService.seed(fixture.service.orm.em.fork(), { demo: true });
    expect(await rowCounts()).toEqual(before);
    const [after] = await fixture.execute<{ status: string; version: number }>(
      `select status, version from meetings.follow_up where meeting_id = ? and label = '4'`,
      [seedMeetingId('003')],
    );
    expect(after).toEqual(changed);
  });
});
