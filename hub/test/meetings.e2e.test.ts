import { describe, expect, it } from '@jest/globals';
import {
  DeskReviewsOfMeetingDocument,
  KalbarMeetingsDocument,
  MeetingDetailDocument,
  MeetingsPageDocument,
  NtbCoverageDocument,
  RecordMeetingDocument,
  RegencyMeetingsDocument,
  UpdateFollowUpStatusDocument,
} from '@housing-hub/client';
import { useHubFixture } from './hub-fixture.js';
import { graphql } from './generated/index.js';
import type { RecordMeetingInput } from '@housing-hub/client';
import type { GraphQLResponse } from '@housing-hub/testing';
import type { MeetingsProposals2Query } from './generated/graphql.js';

const fixture = useHubFixture();

/** The eight kabupaten of the 12 June 2025 rakor (seed 001), as the article names them. */
const KALBAR_EIGHT = ['Bengkayang', 'Landak', 'Sanggau', 'Ketapang', 'Sintang', 'Kapuas Hulu', 'Sekadau', 'Melawi'];

async function bantenPokja() {
  const { data, errors } = await fixture.query(MeetingsPageDocument, { filter: { provinceCode: '36' }, first: 100 });
  expect(errors).toBeUndefined();
  const meeting = data!.meetings!.nodes.find((m) => m.kind === 'POKJA' && m.startsOn === '2016-05-30');
  expect(meeting).toBeDefined();
  return meeting!;
}

async function countMeetings(): Promise<number> {
  const { data, errors } = await fixture.query(graphql(`query MeetingsMeetings { meetings(first: 1) { totalCount } }`));
  expect(errors).toBeUndefined();
  return data!.meetings!.totalCount;
}

describe('meetings through the gateway', () => {
  it('answers the Kalimantan Barat contract query; the 12 June 2025 Pontianak rakor lists exactly the eight kabupaten, with their 2025 funding', async () => {
    const { data, errors } = await fixture.query(KalbarMeetingsDocument);
    expect(errors).toBeUndefined();
    expect(data!.meetings!.totalCount).toBe(data!.meetings!.nodes.length);
    const pontianak = data!.meetings!.nodes.find((m) => m.startsAt.startsWith('2025-06-12'));
    expect(pontianak).toMatchObject({
      kind: 'RAKOR',
      mode: 'HYBRID',
      venue: 'Ruang Tengkawang, Kantor Gubernur Kalimantan Barat, Pontianak',
      organizer: { name: 'Direktorat Jenderal Perumahan Perdesaan', kind: 'DIRECTORATE_GENERAL' },
    });
    const names = pontianak!.regencies!.map((r) => r.name).sort();
    expect(names).toEqual(KALBAR_EIGHT.map((n) => `Kabupaten ${n}`).sort());
    for (const regency of pontianak!.regencies!) {
      expect(regency.code).toMatch(/^61\.\d{2}$/);
      const schemes = regency.funding!.map((f) => f.scheme);
      expect(schemes).toEqual(expect.arrayContaining(['BSPS', 'FLPP']));
      for (const funding of regency.funding!) expect(funding.units).toBeGreaterThanOrEqual(0);
    }
    // Each kabupaten sent its Disperakim, DPMPTSP, Bapenda and community-development office.
    const kinds = pontianak!.participants.map((p) => p.agency.kind);
    for (const kind of ['HOUSING_OFFICE', 'INVESTMENT_LICENSING_OFFICE', 'REVENUE_AGENCY', 'COMMUNITY_DEVELOPMENT_OFFICE']) {
      expect(kinds.filter((k: string) => k === kind).length).toBeGreaterThanOrEqual(8);
    }
    expect(pontianak!.participants.map((p) => p.agency.name)).toEqual(
      expect.arrayContaining([
        'Direktorat Pembiayaan Perumahan Perdesaan',
        'Direktorat Peningkatan Kualitas Perumahan Perdesaan',
      ]),
    );
    // Every meeting listed covers Kalimantan Barat.
    for (const meeting of data!.meetings!.nodes) {
      expect(meeting.regencies!.length === 0 || meeting.regencies!.every((r) => r.code.startsWith('61.'))).toBe(true);
    }
  });

  it('answers the NTB coverage contract query, with the NTB/Bali 2026 sync at every kab/kota of NTB', async () => {
    const { data, errors } = await fixture.query(NtbCoverageDocument);
    expect(errors).toBeUndefined();
    expect(data!.province!.regencies).toHaveLength(10);
    for (const regency of data!.province!.regencies) {
      expect(regency.funding!.length).toBeGreaterThan(0);
      expect(regency.meetings!.map((m) => m.title)).toContain(
        'Rapat Koordinasi dan Sinkronisasi Program Pusat–Daerah di Provinsi NTB dan Provinsi Bali Tahun 2026',
      );
      const starts = regency.meetings!.map((m) => m.startsAt);
      expect(starts).toEqual([...starts].sort());
    }
  });

  it('lists the 2021 rakornis among the meetings of Kota Singkawang (61.72), and filters by date', async () => {
    const { data, errors } = await fixture.query(RegencyMeetingsDocument, { code: '61.72' });
    expect(errors).toBeUndefined();
    expect(data!.regency!.name).toBe('Kota Singkawang');
    const rakornis = data!.regency!.meetings!.find((m) => m.kind === 'RAKORNIS');
    expect(rakornis).toMatchObject({
      venue: 'Hotel Mercure, Jl. Ahmad Yani, Pontianak',
      organizer: { name: 'Dinas Perumahan Rakyat dan Kawasan Permukiman Provinsi Kalimantan Barat' },
    });
    expect(rakornis!.title).toMatch(/^Rakornis Forum OPD/);
    expect(rakornis!.startsAt.startsWith('2021-03-2')).toBe(true);
    const march = await fixture.query(RegencyMeetingsDocument, { code: '61.72', from: '2021-03-23', to: '2021-03-23' });
    expect(march.data!.regency!.meetings!.map((m) => m.id)).toEqual([rakornis!.id]);
    const simple = await fixture.query(graphql(`query MeetingsRegency { regency(code: "61.72") { meetings { title } } }`));
    expect(simple.errors).toBeUndefined();
    expect(simple.data!.regency!.meetings!.map((m) => m.title)).toContain(rakornis!.title);
  });

  it('includes the Banten pokja meeting in meetings(filter: { provinceCode: "36" }), with its decisions, four recommendations and four follow-ups', async () => {
    const meeting = await bantenPokja();
    expect(meeting!.venue).toBe('Hotel Istana Nelayan, Tangerang');
    expect(meeting!.organizer.name).toBe('Dinas Sumber Daya Air dan Permukiman Provinsi Banten');
    expect(meeting!.provinces!.map((p) => p.name)).toEqual(['Banten']);
    expect(meeting!.decisions).toHaveLength(4);
    expect(meeting!.recommendations.map((r) => r.label)).toEqual(['a', 'b', 'c', 'd']);
    expect(meeting!.followUps.map((f) => f.label)).toEqual(['1', '2', '3', '4']);
    expect(meeting!.followUps.map((f) => f.status)).toEqual(['DONE', 'DONE', 'OPEN', 'OPEN']);
    expect(meeting!.followUps[3].description).toMatch(/kota Maja/);
  });

  it('keeps the first of two updates of a follow-up made from the same version; the second gets CONFLICT', async () => {
    const followUp = (await bantenPokja()).followUps[2];
    const first = await fixture.asAdmin(UpdateFollowUpStatusDocument, {
      id: followUp.id,
      status: 'IN_PROGRESS',
      expectedVersion: followUp.version,
    });
    expect(first.errors).toBeUndefined();
    expect(first.data!.updateFollowUpStatus).toMatchObject({ status: 'IN_PROGRESS', version: followUp.version + 1 });
    const second = await fixture.asAdmin(UpdateFollowUpStatusDocument, {
      id: followUp.id,
      status: 'CANCELLED',
      expectedVersion: followUp.version,
    });
    expect(second.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(second.errors?.[0]?.extensions?.currentVersion).toBe(followUp.version + 1);
    const after = (await bantenPokja()).followUps[2];
    expect(after).toMatchObject({ status: 'IN_PROGRESS', version: followUp.version + 1 });
  });

  it('lists meetings with their kab/kota and agencies in a bounded number of SQL statements, whatever the page size', async () => {
    const small = await fixture.sql.measure(() => fixture.query(MeetingsPageDocument, { first: 5 }));
    const large = await fixture.sql.measure(() => fixture.query(MeetingsPageDocument, { first: 100 }));
    expect(small.result.errors).toBeUndefined();
    expect(large.result.errors).toBeUndefined();
    expect(large.result!.data!.meetings!.nodes).toHaveLength(100);
    const regencies = large.result!.data!.meetings!.nodes.flatMap((m) => m.regencies);
    expect(regencies.length).toBeGreaterThan(1_000);
    expect(regencies.every((r) => typeof r!.name === 'string')).toBe(true);
    // meetings: the page (with its count), organizers, provinces, kab/kota, participants with their agencies,
    // decisions, recommendations, follow-ups with their owners, notes; regions: province and kab/kota names.
    expect(large.count).toBeLessThanOrEqual(11);
    expect(large.count).toBe(small.count);
  });

  it('serves the desk reviews of the 2026 BSPS proposals on both sides: the desk meeting and Proposal.deskReviews', async () => {
    // Desk reviews are for staff (see README, "Who may do what").
    const { data, errors } = await fixture.asAdmin(
      graphql(`query MeetingsProposals { proposals(filter: { provinceCode: "52", fiscalYear: 2026, scheme: BSPS }, first: 100) {
          nodes { id proposedUnits regency { code } deskReviews { proposedUnits recommendedUnits recommendation fiscalYear scheme
            needUsed { indicator modeled } meeting { id kind title } } } } }`),
    );
    expect(errors).toBeUndefined();
    expect(data!.proposals!.nodes).toHaveLength(10);
    for (const proposal of data!.proposals!.nodes) {
      expect(proposal.deskReviews).toHaveLength(1);
      const [review] = proposal.deskReviews!;
      expect(review).toMatchObject({ fiscalYear: 2026, scheme: 'BSPS', proposedUnits: proposal.proposedUnits });
      expect(review.recommendedUnits).toBeLessThanOrEqual(review.proposedUnits);
      expect(review.meeting.title).toMatch(/NTB dan Provinsi Bali Tahun 2026/);
    }
    const meetingId = data!.proposals!.nodes[0].deskReviews![0]!.meeting!.id;
    const desk = await fixture.asAdmin(DeskReviewsOfMeetingDocument, { id: meetingId });
    expect(desk.errors).toBeUndefined();
    expect(desk.data!.meeting!.deskReviews).toHaveLength(19);
    expect(new Set(desk.data!.meeting!.deskReviews!.map((r) => r.regency!.code.slice(0, 2)))).toEqual(new Set(['51', '52']));
  });

  it('agrees with programs on the proposed units of every reviewed demo proposal', async () => {
    const reviewed = new Map<string, number>();
    let after: string | null = null;
    for (;;) {
      const page: GraphQLResponse<MeetingsProposals2Query> = await fixture.asAdmin(
        graphql(`query MeetingsProposals2($after: String) { proposals(filter: { fiscalYear: 2026, scheme: BSPS }, first: 100, after: $after) {
        pageInfo { hasNextPage endCursor } nodes { id proposedUnits deskReviews { proposedUnits } } } }`),
        { after },
      );
      expect(page.errors).toBeUndefined();
      for (const node of page.data!.proposals!.nodes) {
        for (const review of node.deskReviews!) reviewed.set(node.id, review.proposedUnits - node.proposedUnits);
      }
      if (!page.data!.proposals!.pageInfo.hasNextPage) break;
      after = page.data!.proposals!.pageInfo.endCursor;
    }
    expect(reviewed.size).toBe(514);
    expect([...reviewed.values()].every((difference) => difference === 0)).toBe(true);
  });

  it('records a meeting that then shows up at its kab/kota, and refuses unknown or malformed area codes writing nothing', async () => {
    const agencies = await fixture.query(graphql(`query MeetingsAgencies { agencies(regencyCode: "52.71") { id kind } }`));
    const office = agencies.data!.agencies!.find((a) => a.kind === 'HOUSING_OFFICE');
    const input: RecordMeetingInput = {
      title: 'Rapat evaluasi BSPS Kota Mataram',
      kind: 'EVALUATION',
      startsAt: '2026-11-20T02:00:00Z',
      timeZone: 'Asia/Makassar',
      mode: 'IN_PERSON',
      organizerId: office!.id,
      provinceCodes: ['52'],
      regencyCodes: ['52.71'],
      participants: [{ agencyId: office!.id, role: 'Organizer' }],
      followUps: [{ description: 'Kirim data RTLH terbaru', ownerId: office!.id, dueDate: '2026-12-15' }],
    };
    const before = await countMeetings();
    for (const [regencyCodes, code] of [
      [['52.71', '52.99'], 'UNKNOWN_AREA_CODE'],
      [['5271'], 'INVALID_AREA_CODE'],
    ] as const) {
      const refused = await fixture.asAdmin(RecordMeetingDocument, { input: { ...input, regencyCodes: [...regencyCodes] } });
      expect(refused.errors?.[0]?.extensions?.code).toBe(code);
      expect(refused.data).toBeNull();
    }
    const badProvince = await fixture.asAdmin(RecordMeetingDocument, { input: { ...input, provinceCodes: ['99'] } });
    expect(badProvince.errors?.[0]?.extensions?.code).toBe('UNKNOWN_AREA_CODE');
    expect(await countMeetings()).toBe(before);

    const recorded = await fixture.asAdmin(RecordMeetingDocument, { input });
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data!.recordMeeting).toMatchObject({
      startsOn: '2026-11-20',
      regencies: [{ code: '52.71' }],
      followUps: [{ status: 'OPEN', version: 1 }],
    });
    expect(await countMeetings()).toBe(before + 1);
    const mataram = await fixture.query(RegencyMeetingsDocument, { code: '52.71', from: '2026-11-01' });
    expect(mataram.data!.regency!.meetings!.map((m) => m.id)).toContain(recorded.data!.recordMeeting.id);
    const detail = await fixture.query(MeetingDetailDocument, { id: recorded.data!.recordMeeting.id });
    expect(detail.errors).toBeUndefined();
    expect(detail.data!.meeting!.regencies).toEqual([{ code: '52.71', name: 'Kota Mataram', kind: 'KOTA' }]);
  });
});
