import { beforeAll, describe, expect, it } from '@jest/globals';
import { demoProposalId } from '@housing-hub/demo-kit';
import { loadAreaFrame, type AreaFrame } from '@housing-hub/reference-frame';
import { AgencyKind } from '../src/agency-kind.enum.js';
import { DeskRecommendation } from '../src/desk-recommendation.enum.js';
import { FollowUpStatus } from '../src/follow-up-status.enum.js';
import { MeetingKind } from '../src/meeting-kind.enum.js';
import type { MeetingRecord } from '../src/meeting-write.service.js';
import { agencyId, BP3KP_UNITS, bp3kpId, buildAgencies } from '../src/seed/agencies.js';
import { buildDeskMeetings, buildDeskReviews, DESK_YEARS } from '../src/seed/desk-model.js';
import { localInstant } from '../src/seed/local-time.js';
import { buildSeedMeetings, seedMeetingId } from '../src/seed/seed-meetings.js';

let frame: AreaFrame;
const seed = (id: '000' | '001' | '002' | '003' | '004'): MeetingRecord =>
  buildSeedMeetings(frame).find((m) => m.id === seedMeetingId(id))!;

beforeAll(async () => {
  frame = await loadAreaFrame();
});

describe('the seed model', () => {
  it('gives every province exactly one BP3KP, and the three the articles name their areas', () => {
    const covered = BP3KP_UNITS.flatMap((u) => u.provinces).sort();
    expect(covered).toEqual(frame.provinces.map((p) => p.code).sort());
    const unit = (key: string) => BP3KP_UNITS.find((u) => u.key === key)!;
    expect(unit('nusa-tenggara-i').provinces).toEqual(['51', '52']);
    expect(unit('nusa-tenggara-i').office).toBe('52.01');
    expect(unit('nusa-tenggara-ii').provinces).toEqual(['53']);
    expect(unit('kalimantan-i').provinces).toEqual(['61']);
  });

  it('records the 12 June 2025 Pontianak rakor with exactly the eight kabupaten of the article, each with four offices', () => {
    const meeting = seed('001');
    expect(meeting.startsOn).toBe('2025-06-12');
    expect(meeting.startsAt).toBe('2025-06-12T02:00:00.000Z');
    expect(meeting.regencyCodes.sort()).toEqual(['61.03', '61.04', '61.05', '61.06', '61.07', '61.08', '61.09', '61.10']);
    expect(meeting.organizerId).toBe(agencyId('ditjen-perdesaan'));
    const agencies = new Map(buildAgencies(frame).map((a) => [a.id, a]));
    for (const code of meeting.regencyCodes) {
      const kinds = meeting.participants
        .map((p) => agencies.get(p.agencyId)!)
        .filter((a) => a.regencyCode === code)
        .map((a) => a.kind)
        .sort();
      expect(kinds).toEqual(
        [
          AgencyKind.COMMUNITY_DEVELOPMENT_OFFICE,
          AgencyKind.HOUSING_OFFICE,
          AgencyKind.INVESTMENT_LICENSING_OFFICE,
          AgencyKind.REVENUE_AGENCY,
        ].sort(),
      );
    }
    expect(meeting.participants.map((p) => p.agencyId)).toEqual(
      expect.arrayContaining([
        bp3kpId(BP3KP_UNITS.find((u) => u.key === 'kalimantan-i')!),
        agencyId('dit-pembiayaan-perdesaan'),
        agencyId('dit-peningkatan-kualitas-perdesaan'),
      ]),
    );
  });

  it("records the NTB/Bali 2026 sync with the real 10 + 9 kab/kota and keeps the article's 22 and 20 in the notes", () => {
    const meeting = seed('000');
    expect(meeting.regencyCodes.filter((c) => c.startsWith('52.'))).toHaveLength(10);
    expect(meeting.regencyCodes.filter((c) => c.startsWith('51.'))).toHaveLength(9);
    expect(meeting.notes.join(' ')).toContain('22 kabupaten/kota di NTB dan 20 kabupaten/kota di Bali');
    expect(meeting.agenda.map((a) => a.title).join(' ')).toContain('SIBARU');
    const directorates = [
      agencyId('dit-sistem-strategi-kawasan'),
      agencyId('dit-sistem-strategi-perkotaan'),
      agencyId('dit-sistem-strategi-perdesaan'),
    ];
    expect(meeting.participants.map((p) => p.agencyId)).toEqual(expect.arrayContaining(directorates));
    // Bappeda and Dinas Perkim of each of the 19 kab/kota.
    expect(meeting.participants).toHaveLength(6 + 19 * 2);
  });

  it('records the Banten pokja of Monday 30 May 2016 with its four decisions, recommendations a-d and follow-ups 1-4', () => {
    const meeting = seed('003');
    expect(new Date(`${meeting.startsOn}T00:00:00Z`).getUTCDay()).toBe(1);
    expect(meeting.kind).toBe(MeetingKind.POKJA);
    expect(meeting.venue).toBe('Hotel Istana Nelayan, Tangerang');
    expect(meeting.decisions).toHaveLength(4);
    expect(meeting.recommendations.map((r) => r.label)).toEqual(['a', 'b', 'c', 'd']);
    expect(meeting.followUps.map((f) => f.label)).toEqual(['1', '2', '3', '4']);
    expect(meeting.followUps.map((f) => f.status)).toEqual([
      FollowUpStatus.DONE,
      FollowUpStatus.DONE,
      FollowUpStatus.OPEN,
      FollowUpStatus.OPEN,
    ]);
    expect(meeting.agenda.map((a) => a.speakerName)).toEqual([
      'Zulfi Syarif Koto',
      'Zulfi Syarif Koto',
      'Zulfi Syarif Koto',
      'Ir. Hj. Eneng Nurcahyati',
    ]);
  });

  it('gives the seed follow-ups the due dates their articles imply, each noted with the sentence it rests on, and none elsewhere', () => {
    const banten = seed('003');
    expect(banten.followUps.map((f) => [f.label, f.dueDate])).toEqual([
      ['1', '2016-12-31'],
      ['2', null],
      ['3', '2016-12-31'],
      ['4', null],
    ]);
    const dueDateNotes = banten.notes.filter((note) => /^Follow-up \d: due date/.test(note));
    expect(dueDateNotes).toHaveLength(2);
    expect(dueDateNotes[0]).toMatch(
      /^Follow-up 1: due date 2016-12-31 is implied by the article, not stated: .*"rencana kerja prioritas/,
    );
    expect(dueDateNotes[1]).toMatch(/^Follow-up 3: due date 2016-12-31 is implied by the article, not stated: .*"pada Rakor 2"/);
    expect(banten.notes.some((note) => note.startsWith('Follow-ups 2 and 4 have no due date'))).toBe(true);
    // The other four articles list no follow-ups (tindak lanjut), so their records hold none.
    for (const id of ['000', '001', '002', '004'] as const) expect(seed(id).followUps).toEqual([]);
  });

  it('records Kota Singkawang at the 23 March 2021 rakornis and the NTT evaluation with its 22 kab/kota, ATR/BPN and Kementerian PU', () => {
    const rakornis = seed('004');
    expect(rakornis).toMatchObject({
      startsOn: '2021-03-23',
      kind: MeetingKind.RAKORNIS,
      regencyCodes: ['61.72'],
      venue: 'Hotel Mercure, Jl. Ahmad Yani, Pontianak',
    });
    const evaluation = seed('002');
    expect(evaluation.kind).toBe(MeetingKind.EVALUATION);
    expect(evaluation.regencyCodes).toHaveLength(22);
    expect(evaluation.participants.map((p) => p.agencyId)).toEqual(
      expect.arrayContaining([agencyId('kanwil-bpn/53'), agencyId('kementerian-pu')]),
    );
    expect(evaluation.decisions[0]!.text).toMatch(/[Pp]enghargaan/);
  });

  it('points every meeting only at agencies and areas that exist', () => {
    const agencies = new Set(buildAgencies(frame).map((a) => a.id));
    const regencies = new Set(frame.regencies.map((r) => r.code));
    const provinces = new Set(frame.provinces.map((p) => p.code));
    for (const meeting of [...buildSeedMeetings(frame), ...buildDeskMeetings(frame)]) {
      expect(agencies.has(meeting.organizerId)).toBe(true);
      for (const p of meeting.participants) expect(agencies.has(p.agencyId)).toBe(true);
      for (const a of meeting.agenda) if (a.speakerAgencyId) expect(agencies.has(a.speakerAgencyId)).toBe(true);
      for (const f of meeting.followUps) if (f.ownerId) expect(agencies.has(f.ownerId)).toBe(true);
      for (const code of meeting.regencyCodes) expect(regencies.has(code)).toBe(true);
      for (const code of meeting.provinceCodes) expect(provinces.has(code)).toBe(true);
      expect(new Set(meeting.participants.map((p) => p.agencyId)).size).toBe(meeting.participants.length);
    }
  });

  it("gives every BP3KP a modeled desk every year (NT I's 2025 desk being the one seed 000 records), deterministically", () => {
    const desks = buildDeskMeetings(frame);
    expect(desks).toHaveLength(BP3KP_UNITS.length * DESK_YEARS.length - 1);
    expect(desks.every((d) => d.modeled && d.kind === MeetingKind.DESK_SINKRONISASI)).toBe(true);
    for (const unit of BP3KP_UNITS) {
      const years = desks.filter((d) => d.organizerId === bp3kpId(unit)).map((d) => Number(d.startsOn.slice(0, 4)));
      const expected = unit.key === 'nusa-tenggara-i' ? DESK_YEARS.filter((y) => y !== 2025) : DESK_YEARS;
      expect(years).toEqual(expected);
    }
    expect(new Set(desks.map((d) => d.id)).size).toBe(desks.length);
    expect(buildDeskMeetings(frame)).toEqual(desks);
    for (const desk of desks) expect([1, 2, 3, 4, 5]).toContain(new Date(`${desk.startsOn}T00:00:00Z`).getUTCDay());
  });

  it("reviews each kab/kota's 2026 BSPS demo proposal once, with consistent recommendations", () => {
    const reviews = buildDeskReviews(frame);
    expect(reviews).toHaveLength(514);
    expect(new Set(reviews.map((r) => r.proposal_id))).toEqual(
      new Set(frame.regencies.map((r) => demoProposalId(r.code, 2026, 'BSPS'))),
    );
    expect(reviews.reduce((sum, r) => sum + r.proposed_units, 0)).toBe(560_000);
    for (const review of reviews) {
      expect(review.recommended_units).toBeLessThanOrEqual(review.proposed_units);
      expect(review.need_source_modeled).toBe(true);
      if (review.recommendation === DeskRecommendation.REJECT) expect(review.recommended_units).toBe(0);
      if (review.recommendation === DeskRecommendation.PRIORITY) expect(review.recommended_units).toBe(review.proposed_units);
      if (review.need_value === null) expect(review.recommendation).toBe(DeskRecommendation.REJECT);
      else if (review.proposed_units > review.need_value) expect(review.recommendation).toBe(DeskRecommendation.RESERVE);
    }
    const ntbReview = reviews.find((r) => r.regency_code === '52.01')!;
    expect(ntbReview.meeting_id).toBe(seedMeetingId('000'));
    const mix = new Set(reviews.map((r) => r.recommendation));
    expect(mix).toEqual(new Set([DeskRecommendation.PRIORITY, DeskRecommendation.RESERVE, DeskRecommendation.REJECT]));
    expect(buildDeskReviews(frame)).toEqual(reviews);
  });

  it('turns local times of the Indonesian time zones into instants', () => {
    expect(localInstant('2025-06-12', '09:00', 'Asia/Pontianak')).toBe('2025-06-12T02:00:00.000Z');
    expect(localInstant('2025-12-09', '21:00', 'Asia/Makassar')).toBe('2025-12-09T13:00:00.000Z');
    expect(localInstant('2026-01-01', '08:00', 'Asia/Jayapura')).toBe('2025-12-31T23:00:00.000Z');
    expect(() => localInstant('2026-01-01', '08:00', 'Europe/Paris')).toThrow();
  });
});
