import type { AreaFrame } from '@housing-hub/reference-frame';
import { demoBspsProposedUnits, demoProposalId, deterministicUuid, seededRandom } from '@housing-hub/demo-kit';
import type { DeskReviewRecord } from '../desk-review.entity.js';
import { DeskRecommendation } from '../desk-recommendation.enum.js';
import { AttendanceMode } from '../attendance-mode.enum.js';
import { MeetingKind } from '../meeting-kind.enum.js';
import type { MeetingRecord } from '../meeting-write.service.js';
import { bappedaId, BP3KP_UNITS, bp3kpId, housingOfficeId, type Bp3kpUnit } from './agencies.js';
import { localInstant } from './local-time.js';
import { seedMeetingId, withRowIds } from './seed-meetings.js';

/** The years in which every BP3KP holds a modeled desk (each prepares the next fiscal year's proposals). */
export const DESK_YEARS = [2021, 2022, 2023, 2024, 2025, 2026];

/** The fiscal year whose demo proposals (BSPS, one per kab/kota) the desks review. */
export const REVIEWED_FISCAL_YEAR = 2026;
export const REVIEWED_SCHEME = 'BSPS';

export const deskMeetingId = (unit: Bp3kpUnit, year: number) => deterministicUuid(`meeting/desk/${unit.key}/${year}`);

/**
 * The desk that reviewed a unit's proposals for a fiscal year. For Nusa Tenggara I the desk of the
 * 2026 proposals is the one the article of seed 000 describes, so its reviews belong to that meeting.
 */
export function reviewingMeetingId(unit: Bp3kpUnit, fiscalYear: number): string {
  if (unit.key === 'nusa-tenggara-i' && fiscalYear === 2026) return seedMeetingId('000');
  return deskMeetingId(unit, fiscalYear - 1);
}

/** A weekday in October/November of `year`, spread across the units so that desks do not all fall on one day. */
function deskDay(year: number, unitIndex: number): string {
  const date = new Date(Date.UTC(year, 9, 6 + unitIndex * 2));
  while (date.getUTCDay() === 0 || date.getUTCDay() === 6) date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

const MODELED_NOTE =
  'Modeled meeting of the demo dataset, not a recorded one: every BP3KP holds a Desk Sinkronisasi Usulan each year; date, participants and reviews are generated deterministically. ' +
  'Before October 2024 housing sat in Kementerian PUPR and the units had other names; the demo uses the current names throughout.';

/** The modeled desks: every BP3KP, every year of DESK_YEARS (except the one seed 000 records). */
export function buildDeskMeetings(frame: AreaFrame): MeetingRecord[] {
  const meetings: MeetingRecord[] = [];
  BP3KP_UNITS.forEach((unit, unitIndex) => {
    const regencies = frame.regencies.filter((r) => unit.provinces.includes(r.provinceCode));
    for (const year of DESK_YEARS) {
      const id = deskMeetingId(unit, year);
      if (reviewingMeetingId(unit, year + 1) !== id) continue;
      const day = deskDay(year, unitIndex);
      meetings.push(
        withRowIds({
          id,
          title: `Desk Sinkronisasi Usulan Program PKP Tahun Anggaran ${year + 1}, ${unit.shortName}`,
          kind: MeetingKind.DESK_SINKRONISASI,
          startsAt: localInstant(day, '09:00', unit.timeZone),
          endsAt: localInstant(day, '21:00', unit.timeZone),
          startsOn: day,
          timeZone: unit.timeZone,
          venue: `Kantor ${unit.shortName}`,
          mode: AttendanceMode.HYBRID,
          organizerId: bp3kpId(unit),
          modeled: true,
          source: 'Modeled (demo dataset)',
          provinceCodes: unit.provinces,
          regencyCodes: regencies.map((r) => r.code),
          participants: [
            { agencyId: bp3kpId(unit), mode: AttendanceMode.IN_PERSON, role: 'Organizer' },
            ...unit.provinces.map((code) => ({ agencyId: housingOfficeId(code), mode: null, role: 'Participant' })),
            ...regencies.flatMap((r) => [
              { agencyId: housingOfficeId(r.code), mode: null, role: 'Proposer (usulan in SIBARU)' },
              { agencyId: bappedaId(r.code), mode: null, role: 'Participant' },
            ]),
          ],
          agenda: [
            {
              title: 'Pembukaan',
              description: null,
              speakerName: null,
              speakerRole: 'Kepala Balai',
              speakerAgencyId: bp3kpId(unit),
            },
            {
              title: `Desk sinkronisasi usulan TA ${year + 1} per kabupaten/kota melalui SIBARU`,
              description: 'Each proposal checked against need data and the priority indicators of Kementerian PKP',
              speakerName: null,
              speakerRole: null,
              speakerAgencyId: bp3kpId(unit),
            },
          ],
          decisions: [],
          recommendations: [],
          followUps: [],
          notes: [MODELED_NOTE],
        }),
      );
    }
  });
  return meetings;
}

const INDICATORS: [code: string, label: string, likelihood: number][] = [
  ['RTLH_BY_NAME_ADDRESS', 'RTLH recorded by name and address in e-RTLH', 0.8],
  ['LAND_STATUS_CLEAR', 'Land status of the beneficiaries clear', 0.75],
  ['EXTREME_POVERTY_PRIORITY', 'In a priority area for extreme poverty reduction', 0.5],
  ['LOCAL_COMMITMENT', 'Local commitment: APBD sharing and facilitators', 0.65],
];

/**
 * The modeled review of each kab/kota's 2026 BSPS demo proposal, at the desk of its BP3KP. The need
 * figure is the one the desk consulted (a modeled RTLH snapshot of 2024, labelled so); a few kab/kota
 * have none and are rejected; proposals above need are kept in reserve at half of need.
 */
export function buildDeskReviews(frame: AreaFrame): DeskReviewRecord[] {
  const proposedUnits = demoBspsProposedUnits(frame.regencies);
  const reviews: DeskReviewRecord[] = [];
  for (const unit of BP3KP_UNITS) {
    const meetingId = reviewingMeetingId(unit, REVIEWED_FISCAL_YEAR);
    for (const regency of frame.regencies.filter((r) => unit.provinces.includes(r.provinceCode))) {
      const random = seededRandom(`desk-review/${regency.code}/${REVIEWED_FISCAL_YEAR}/${REVIEWED_SCHEME}`);
      const proposed = proposedUnits.get(regency.code)!;
      const hasNeed = random() >= 0.03;
      const exceeds = random() < 0.06;
      const need = !hasNeed
        ? null
        : exceeds
          ? Math.max(1, Math.round(proposed * (0.5 + random() * 0.4)))
          : Math.round(proposed * (2 + random() * 18));
      const indicators = INDICATORS.map(([code, label, likelihood]) => ({ code, label, met: random() < likelihood }));
      const met = indicators.filter((i) => i.met).length;
      let recommendation: DeskRecommendation;
      let recommended: number;
      let note: string;
      if (need === null) {
        recommendation = DeskRecommendation.REJECT;
        recommended = 0;
        note = 'No need data for the kab/kota: the proposal cannot be checked against need';
      } else if (proposed > need) {
        recommendation = DeskRecommendation.RESERVE;
        recommended = Math.floor(need / 2);
        note = 'Proposed units exceed the RTLH count: kept in reserve at half of the RTLH count pending a data update';
      } else if (met >= 3) {
        recommendation = DeskRecommendation.PRIORITY;
        recommended = proposed;
        note = `Meets ${met} of ${INDICATORS.length} priority indicators`;
      } else if (met === 2) {
        recommendation = DeskRecommendation.RESERVE;
        recommended = Math.floor(proposed * 0.6);
        note = `Meets ${met} of ${INDICATORS.length} priority indicators: reserve`;
      } else {
        recommendation = DeskRecommendation.REJECT;
        recommended = 0;
        note = `Meets ${met} of ${INDICATORS.length} priority indicators: not recommended`;
      }
      const proposalId = demoProposalId(regency.code, REVIEWED_FISCAL_YEAR, REVIEWED_SCHEME);
      reviews.push({
        id: deterministicUuid(`desk-review/${meetingId}/${proposalId}`),
        meeting_id: meetingId,
        proposal_id: proposalId,
        regency_code: regency.code,
        scheme: REVIEWED_SCHEME,
        fiscal_year: REVIEWED_FISCAL_YEAR,
        proposed_units: proposed,
        recommended_units: recommended,
        need_indicator: 'UNINHABITABLE_HOMES',
        need_value: need,
        need_year: need === null ? null : 2024,
        need_source_code: 'DEMO-DESK-ERTLH',
        need_source_name: 'e-RTLH as consulted at the desk (modeled for the demo dataset)',
        need_source_modeled: true,
        priority_indicators: indicators,
        recommendation,
        note,
        modeled: true,
      });
    }
  }
  return reviews;
}
