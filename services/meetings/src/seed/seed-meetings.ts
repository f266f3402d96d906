import type { AreaFrame } from '@housing-hub/reference-frame';
import { deterministicUuid } from '@housing-hub/demo-kit';
import { FollowUpStatus } from '../follow-up-status.enum.js';
import { AttendanceMode } from '../attendance-mode.enum.js';
import { MeetingKind } from '../meeting-kind.enum.js';
import type { MeetingRecord } from '../meeting-write.service.js';
import { agencyId, bappedaId, BP3KP_UNITS, bp3kpId, housingOfficeId, KALBAR_2025_KABUPATEN, regencyNamed } from './agencies.js';
import { localInstant } from './local-time.js';

/** The ids of the five meetings of `shared/seeds/` (000 ... 004). */
export const seedMeetingId = (seed: '000' | '001' | '002' | '003' | '004') => deterministicUuid(`meeting/seed/${seed}`);

const unit = (key: string) => {
  const found = BP3KP_UNITS.find((u) => u.key === key);
  if (!found) throw new Error(`No BP3KP unit ${key}`);
  return found;
};

type Draft = Omit<MeetingRecord, 'participants' | 'agenda' | 'decisions' | 'recommendations' | 'followUps'> & {
  participants: Omit<MeetingRecord['participants'][number], 'id'>[];
  agenda: Omit<MeetingRecord['agenda'][number], 'id'>[];
  decisions: Omit<MeetingRecord['decisions'][number], 'id'>[];
  recommendations: Omit<MeetingRecord['recommendations'][number], 'id'>[];
  followUps: Omit<MeetingRecord['followUps'][number], 'id'>[];
};

/** Gives every row of a meeting a deterministic id derived from the meeting's id and its position. */
export function withRowIds(draft: Draft): MeetingRecord {
  const ids = (kind: string) => (index: number) => deterministicUuid(`meeting/${draft.id}/${kind}/${index + 1}`);
  return {
    ...draft,
    participants: draft.participants.map((row, i) => ({ id: ids('participant')(i), ...row })),
    agenda: draft.agenda.map((row, i) => ({ id: ids('agenda')(i), ...row })),
    decisions: draft.decisions.map((row, i) => ({ id: ids('decision')(i), ...row })),
    recommendations: draft.recommendations.map((row, i) => ({ id: ids('recommendation')(i), ...row })),
    followUps: draft.followUps.map((row, i) => ({ id: ids('follow-up')(i), ...row })),
  };
}

const speech = (
  title: string,
  speakerName: string | null,
  speakerRole: string | null,
  speakerAgencyId: string | null,
  description: string | null = null,
) => ({
  title,
  description,
  speakerName,
  speakerRole,
  speakerAgencyId,
});

/** Seed 000: BP3KP Nusa Tenggara I, coordination and synchronisation with NTB and Bali for 2026. */
function ntbBaliSync2026(frame: AreaFrame): MeetingRecord {
  const ntI = unit('nusa-tenggara-i');
  const areas = frame.regencies.filter((r) => ntI.provinces.includes(r.provinceCode));
  const ntbCount = areas.filter((r) => r.provinceCode === '52').length;
  const baliCount = areas.filter((r) => r.provinceCode === '51').length;
  return withRowIds({
    id: seedMeetingId('000'),
    title: 'Rapat Koordinasi dan Sinkronisasi Program Pusat–Daerah di Provinsi NTB dan Provinsi Bali Tahun 2026',
    kind: MeetingKind.RAKOR,
    startsAt: localInstant('2025-12-09', '09:00', ntI.timeZone),
    endsAt: localInstant('2025-12-09', '21:00', ntI.timeZone),
    startsOn: '2025-12-09',
    timeZone: ntI.timeZone,
    venue: 'Kantor BP3KP Nusa Tenggara I, Labuapi, Lombok Barat',
    mode: AttendanceMode.HYBRID,
    organizerId: bp3kpId(ntI),
    modeled: false,
    source:
      'pkp.go.id, BP3KP Nusa Tenggara I: "Persiapan Program Tahun 2026: Pentingnya Koordinasi dan Sinkronisasi Program Pusat-Daerah di Provinsi NTB-Bali" ' +
      '(https://pkp.go.id/balai/p2p-nusa-tenggara-i/berita/detail/persiapan-program-tahun-2026-pentingnya-koordinasi-dan-sinkronisasi-program-pusat-daerah-di-provinsi-ntb-bali)',
    provinceCodes: ['51', '52'],
    regencyCodes: areas.map((r) => r.code),
    participants: [
      {
        agencyId: bp3kpId(ntI),
        mode: AttendanceMode.IN_PERSON,
        role: 'Organizer; the Kepala Balai opened and closed the meeting',
      },
      {
        agencyId: agencyId('biro-perencanaan'),
        mode: null,
        role: 'Kepala Biro Perencanaan dan Kerjasama Kementerian PKP: official briefing (pengarahan)',
      },
      { agencyId: agencyId('dit-sistem-strategi-kawasan'), mode: null, role: 'Presenter (narasumber)' },
      { agencyId: agencyId('dit-sistem-strategi-perkotaan'), mode: null, role: 'Presenter (narasumber)' },
      { agencyId: agencyId('dit-sistem-strategi-perdesaan'), mode: null, role: 'Presenter (narasumber)' },
      { agencyId: housingOfficeId('52'), mode: null, role: 'Kepala Dinas presented the housing issues and potential of NTB' },
      ...areas.flatMap((r) => [
        { agencyId: bappedaId(r.code), mode: null, role: 'Participant' },
        { agencyId: housingOfficeId(r.code), mode: null, role: 'Participant' },
      ]),
    ],
    agenda: [
      speech('Sambutan pembukaan', null, 'Kepala Balai', bp3kpId(ntI)),
      speech(
        'Pengarahan: sinkronisasi data dan kebijakan untuk percepatan program prioritas nasional sektor perumahan',
        null,
        'Kepala Biro Perencanaan dan Kerjasama Kementerian PKP',
        agencyId('biro-perencanaan'),
      ),
      speech(
        'Kebijakan dan rencana program penanganan kawasan permukiman tahun 2026',
        null,
        null,
        agencyId('dit-sistem-strategi-kawasan'),
      ),
      speech(
        'Penguatan perencanaan pembangunan perumahan perkotaan, termasuk target PSU, rusun dan peningkatan kualitas permukiman',
        null,
        null,
        agencyId('dit-sistem-strategi-perkotaan'),
      ),
      speech(
        'Strategi penyediaan rumah layak di perdesaan dan penanganan backlog, khususnya daerah prioritas di NTB dan Bali',
        null,
        null,
        agencyId('dit-sistem-strategi-perdesaan'),
      ),
      speech('Diskusi dan tanya jawab', null, null, null),
      speech(
        'Isu dan potensi pengembangan perumahan di wilayah NTB (siang hari)',
        null,
        'Kepala Dinas Perumahan dan Permukiman Provinsi NTB',
        housingOfficeId('52'),
      ),
      speech(
        'Desk Sinkronisasi Usulan Pemerintah Daerah melalui Aplikasi SIBARU (hingga malam hari)',
        null,
        null,
        bp3kpId(ntI),
        'Memastikan seluruh usulan program tahun 2026 tersusun tepat, berbasis data kebutuhan aktual, dan selaras dengan kebijakan dan indikator prioritas Kementerian PKP',
      ),
      speech(
        'Penutupan: kolaborasi pusat–daerah untuk percepatan penyediaan perumahan layak',
        null,
        'Kepala Balai',
        bp3kpId(ntI),
      ),
    ],
    decisions: [],
    recommendations: [],
    followUps: [],
    notes: [
      `The article says the Bappeda and Dinas Perkim of "22 kabupaten/kota di NTB dan 20 kabupaten/kota di Bali" attended; the Kemendagri frame has ${ntbCount} kab/kota in NTB and ${baliCount} in Bali, and the record holds those real areas.`,
      'Participants attended online and in person (daring maupun luring); the article does not say who attended how.',
      'The article gives no date; the meeting prepared the 2026 programme and is recorded on 9 December 2025 (approximate), 09:00-21:00 WITA, the desk having run into the evening.',
      'The desk reviews of the 2026 BSPS proposals attached to this meeting are modeled for the demo dataset; the article gives no per-proposal result.',
    ],
  });
}

/** Seed 001: Ditjen Perumahan Perdesaan with BP3KP Kalimantan I, Pontianak, 12 June 2025. */
function kalbarRakor2025(frame: AreaFrame): MeetingRecord {
  const kalI = unit('kalimantan-i');
  const kabupaten = KALBAR_2025_KABUPATEN.map((name) => regencyNamed(frame, '61', name));
  return withRowIds({
    id: seedMeetingId('001'),
    title: 'Rapat Koordinasi Percepatan Program Nasional Tiga Juta Rumah di Kalimantan Barat',
    kind: MeetingKind.RAKOR,
    startsAt: localInstant('2025-06-12', '09:00', kalI.timeZone),
    endsAt: null,
    startsOn: '2025-06-12',
    timeZone: kalI.timeZone,
    venue: 'Ruang Tengkawang, Kantor Gubernur Kalimantan Barat, Pontianak',
    mode: AttendanceMode.HYBRID,
    organizerId: agencyId('ditjen-perdesaan'),
    modeled: false,
    source: 'News article, Pontianak, 12 June 2025 (shared/seeds/001)',
    provinceCodes: ['61'],
    regencyCodes: kabupaten.map((r) => r.code),
    participants: [
      {
        agencyId: agencyId('ditjen-perdesaan'),
        mode: AttendanceMode.HYBRID,
        role: 'Organizer; Dirjen Perumahan Perdesaan Dr. Drs. Imran, M.Si., M.A.Cd gave the welcome online (Zoom)',
      },
      { agencyId: bp3kpId(kalI), mode: AttendanceMode.IN_PERSON, role: 'Co-organizer' },
      {
        agencyId: agencyId('dit-pembiayaan-perdesaan'),
        mode: AttendanceMode.IN_PERSON,
        role: 'Presenter: Direktur R. An An Andri Hikmat S.R, AP, MM',
      },
      {
        agencyId: agencyId('dit-peningkatan-kualitas-perdesaan'),
        mode: AttendanceMode.IN_PERSON,
        role: 'Presenter: Direktur H. Agus Wahidi, S.Pd., M.Si.',
      },
      {
        agencyId: housingOfficeId('61'),
        mode: AttendanceMode.IN_PERSON,
        role: 'Address by the Kepala Dinas, Yosafat Triadhi Andjioe, S.T., M.M., M.T., for the Pemerintah Provinsi Kalimantan Barat',
      },
      ...kabupaten.flatMap((r) => [
        { agencyId: housingOfficeId(r.code), mode: null, role: 'Participant (Disperakim)' },
        { agencyId: agencyId(`dpmptsp/${r.code}`), mode: null, role: 'Participant' },
        { agencyId: agencyId(`bapenda/${r.code}`), mode: null, role: 'Participant' },
        { agencyId: agencyId(`dpmd/${r.code}`), mode: null, role: 'Participant' },
      ]),
    ],
    agenda: [
      speech(
        'Sambutan Dirjen Perumahan Perdesaan (daring melalui Zoom)',
        'Dr. Drs. Imran, M.Si., M.A.Cd',
        'Direktur Jenderal Perumahan Perdesaan',
        agencyId('ditjen-perdesaan'),
        'Dukungan pemerintah daerah, koordinasi yang kuat dengan Dinas Perkim, pemanfaatan CSR dan lembaga di daerah, sinkronisasi data pusat dan daerah',
      ),
      speech(
        'Sambutan Pemerintah Provinsi Kalimantan Barat',
        'Yosafat Triadhi Andjioe, S.T., M.M., M.T.',
        'Kepala Dinas Perumahan Rakyat dan Kawasan Permukiman Provinsi Kalbar',
        housingOfficeId('61'),
      ),
      speech(
        'Paparan Direktorat Pembiayaan Perumahan Perdesaan',
        'R. An An Andri Hikmat S.R, AP, MM',
        'Direktur Pembiayaan Perumahan Perdesaan',
        agencyId('dit-pembiayaan-perdesaan'),
      ),
      speech(
        'Paparan Direktorat Peningkatan Kualitas Perumahan Perdesaan',
        'H. Agus Wahidi, S.Pd., M.Si.',
        'Direktur Peningkatan Kualitas Perumahan Perdesaan',
        agencyId('dit-peningkatan-kualitas-perdesaan'),
      ),
      speech('Diskusi terbuka: kendala pemerintah daerah (regulasi, pemutakhiran data)', null, null, null),
    ],
    decisions: [
      {
        text: 'Pemerintah daerah dan pusat sepakat bahwa keberhasilan program hanya dapat dicapai melalui koordinasi yang erat dan kerja sama lintas sektor yang terus ditingkatkan.',
        regencyCode: null,
        proposalId: null,
      },
    ],
    recommendations: [],
    followUps: [],
    notes: [
      'Issues raised by the local governments in the open discussion: regulatory constraints (kendala regulasi) and the need to update data (kebutuhan pemutakhiran data).',
      'The article gives the day (Thursday 12 June 2025), not the time; the start is recorded at 09:00 WIB.',
    ],
  });
}

/** Seed 002: Balai P3KP Nusa Tenggara II, evaluation of the 2025 data collection in NTT, with awards. */
function nttEvaluation2025(frame: AreaFrame): MeetingRecord {
  const ntII = unit('nusa-tenggara-ii');
  const areas = frame.regencies.filter((r) => r.provinceCode === '53');
  return withRowIds({
    id: seedMeetingId('002'),
    title: 'Evaluasi Capaian Pendataan Program 3 Juta Rumah Tahun Anggaran 2025 Provinsi Nusa Tenggara Timur',
    kind: MeetingKind.EVALUATION,
    startsAt: localInstant('2025-12-04', '09:00', ntII.timeZone),
    endsAt: null,
    startsOn: '2025-12-04',
    timeZone: ntII.timeZone,
    venue: null,
    mode: AttendanceMode.IN_PERSON,
    organizerId: bp3kpId(ntII),
    modeled: false,
    source:
      'pkp.go.id, Balai P3KP Nusa Tenggara II: "Balai P3KP Nusa Tenggara II Evaluasi Capaian Pendataan Program 3 Juta Rumah TA 2025" ' +
      '(https://pkp.go.id/balai/balai-p2p-nusa-tenggara-ii/berita/detail/balai-p3kp-nusa-tenggara-ii-evaluasi-capaian-pendataan-program-3-juta-rumah-ta-2025)',
    provinceCodes: ['53'],
    regencyCodes: areas.map((r) => r.code),
    participants: [
      { agencyId: bp3kpId(ntII), mode: null, role: 'Organizer; opened by the Kepala Balai, Hamdan Pare, S.T., M.T.' },
      { agencyId: agencyId('kanwil-bpn/53'), mode: null, role: 'Participant' },
      { agencyId: agencyId('kementerian-pu'), mode: null, role: 'Participant' },
      ...areas.map((r) => ({ agencyId: housingOfficeId(r.code), mode: null, role: 'Participant (dinas perumahan)' })),
    ],
    agenda: [
      speech('Pembukaan', 'Hamdan Pare, S.T., M.T.', 'Kepala Balai P3KP Nusa Tenggara II', bp3kpId(ntII)),
      speech(
        'Evaluasi capaian pendataan Program 3 Juta Rumah TA 2025 oleh pemerintah daerah: tantangan dan peluang',
        null,
        null,
        null,
      ),
      speech('Penyerahan penghargaan kepada kabupaten/kota dengan capaian pendataan terbaik', null, null, bp3kpId(ntII)),
    ],
    decisions: [
      {
        text: 'Penghargaan diberikan kepada kabupaten/kota dengan capaian pendataan Program 3 Juta Rumah terbaik di Provinsi Nusa Tenggara Timur.',
        regencyCode: null,
        proposalId: null,
      },
    ],
    recommendations: [],
    followUps: [],
    notes: [
      'The article does not name the kab/kota that received the awards for the best data-collection results, so no award is tied to a kab/kota.',
      'Representatives of the housing offices of 22 kab/kota attended: all 22 kab/kota of NTT in the Kemendagri frame.',
      'The article gives neither date nor venue; the meeting evaluated the 2025 data collection and is recorded on 4 December 2025 (approximate), in person.',
    ],
  });
}

/** A due date an article implies without stating it, and the sentence it rests on. */
interface ImpliedDueDate {
  dueDate: string;
  basis: string;
}

/** The note that says a follow-up's due date is implied, and from which sentence. */
export const impliedDueDateNote = (label: string, implied: ImpliedDueDate) =>
  `Follow-up ${label}: due date ${implied.dueDate} is implied by the article, not stated: ${implied.basis}`;

/**
 * The due dates the Banten article implies, by follow-up label. Both rest on the Pokja work plan
 * 2015-2016: its priority plan is "untuk Tahun anggaran 2016", so what it schedules is due by the
 * end of that fiscal year.
 */
const BANTEN_IMPLIED_DUE_DATES: Record<'1' | '3', ImpliedDueDate> = {
  '1': {
    dueDate: '2016-12-31',
    basis:
      'recommendation a asks for "rencana kerja prioritas masing-masing bidang untuk Tahun anggaran 2016 dengan target yang realistis", a plan for fiscal year 2016, so by the end of that fiscal year.',
  },
  '3': {
    dueDate: '2016-12-31',
    basis:
      'the pilot kab/kota are to be chosen "pada Rakor 2"; the article does not date Rakor 2, the next meeting of the Pokja work plan 2015-2016 whose priorities are set "untuk Tahun anggaran 2016" (recommendation a), so by the end of fiscal year 2016.',
  },
};

/** Seed 003: DSDAP Banten, Rakor Pokja PKP, Hotel Istana Nelayan, Tangerang, Monday 30 May 2016. */
function bantenPokja2016(): MeetingRecord {
  const pokja = agencyId('pokja-pkp/36');
  const zulfi = ['Zulfi Syarif Koto', 'Ketua The HUD Institute', agencyId('the-hud-institute')] as const;
  return withRowIds({
    id: seedMeetingId('003'),
    title: 'Rapat Koordinasi Penguatan Pokja PKP Banten dan Pembentukan Pokja PKP Kabupaten/Kota Ke-1',
    kind: MeetingKind.POKJA,
    startsAt: localInstant('2016-05-30', '09:00', 'Asia/Jakarta'),
    endsAt: null,
    startsOn: '2016-05-30',
    timeZone: 'Asia/Jakarta',
    venue: 'Hotel Istana Nelayan, Tangerang',
    mode: AttendanceMode.IN_PERSON,
    organizerId: agencyId('dsdap/36'),
    modeled: false,
    source: 'kibarmedia.com advertorial, Tangerang (shared/seeds/003)',
    provinceCodes: ['36'],
    regencyCodes: [],
    participants: [
      { agencyId: agencyId('dsdap/36'), mode: AttendanceMode.IN_PERSON, role: 'Organizer' },
      { agencyId: pokja, mode: AttendanceMode.IN_PERSON, role: 'Review of the provincial Pokja PKP: Ir. Hj. Eneng Nurcahyati' },
      { agencyId: agencyId('the-hud-institute'), mode: AttendanceMode.IN_PERSON, role: 'Speaker: Zulfi Syarif Koto, Ketua' },
    ],
    agenda: [
      speech('Kebijakan dan Strategi Penyediaan Perumahan', ...zulfi),
      speech('Sosialisasi Program Sejuta Rumah', ...zulfi),
      speech('Sosialisasi Layanan BAPETARUM PNS untuk Mendukung Program Sejuta Untuk Rakyat', ...zulfi),
      speech('Review Pokja PKP Provinsi', 'Ir. Hj. Eneng Nurcahyati', 'Pokja PKP Provinsi', pokja),
    ],
    decisions: [
      { text: 'Kebijakan dan program nasional di bidang perumahan dan permukiman', regencyCode: null, proposalId: null },
      {
        text: 'Review rencana kerja dan kelembagaan serta rencana tindak lanjut Pokja PKP Provinsi',
        regencyCode: null,
        proposalId: null,
      },
      { text: 'Format laporan pelaksanaan A-1', regencyCode: null, proposalId: null },
      {
        text: 'Dapat menyebarluaskan info mengenai kegiatan dekonsentrasi terutama mengenai MBR',
        regencyCode: null,
        proposalId: null,
      },
    ],
    recommendations: [
      {
        label: 'a',
        text: 'Dari serangkaian Rencana Kerja POKJA PKP 2015-2016, perlu disusunnya rencana kerja prioritas masing-masing bidang untuk Tahun Anggaran 2016 dengan target yang realistis',
      },
      { label: 'b', text: 'Mengidentifikasi masalah yang terjadi di lapangan dan tindak lanjut' },
      {
        label: 'c',
        text: 'Pentingnya membentuk Pokja Kabupaten/Kota sebagai ujung tombak dari program kerja Perumahan dan Kawasan',
      },
      {
        label: 'd',
        text: 'Sesuai dengan visi dan misi Pokja PKP Provinsi Banten, perlu ditindaklanjuti pula mengenai pembahasan percepatan pembangunan kekekrabatan',
      },
    ],
    followUps: [
      {
        label: '1',
        description: 'Telah disusun rencana kerja prioritas dari hasil diskusi',
        ownerId: pokja,
        dueDate: BANTEN_IMPLIED_DUE_DATES['1'].dueDate,
        status: FollowUpStatus.DONE,
      },
      {
        label: '2',
        description: 'Telah diidentifikasi permasalahan dan tindak lanjutnya',
        ownerId: pokja,
        dueDate: null,
        status: FollowUpStatus.DONE,
      },
      {
        label: '3',
        description:
          'Pemilihan Pilot Project sebagai kab/kota terpilih untuk membentuk Pokja PKP tingkat kabupaten/kota pada Rakor 2',
        ownerId: pokja,
        dueDate: BANTEN_IMPLIED_DUE_DATES['3'].dueDate,
        status: FollowUpStatus.OPEN,
      },
      {
        label: '4',
        description:
          'Mengadakan pertemuan khusus dengan pelaku PKP di kota Maja serta audiensi dengan pimpinan daerah (Gubernur) dan jajarannya untuk membahas permasalahan dan kendala yang dihadapi di kota Maja',
        ownerId: pokja,
        dueDate: null,
        status: FollowUpStatus.OPEN,
      },
    ],
    notes: [
      'Also the first formation meeting of the kab/kota Pokja PKP (Pembentukan Pokja PKP Kabupaten/Kota Ke-1); participants were representatives of several SKPD of the Pemerintah Provinsi Banten concerned with housing, not named in the article.',
      'The article gives "Senin (30/05)" without a year; 30 May was a Monday in 2016, the year of the Pokja work plan 2015-2016 it reviews. The start is recorded at 09:00 WIB.',
      'Follow-ups 1 and 2 were reported as already done (telah disusun, telah diidentifikasi); 3 and 4 were planned. The article states no due date.',
      ...Object.entries(BANTEN_IMPLIED_DUE_DATES).map(([label, implied]) => impliedDueDateNote(label, implied)),
      'Follow-ups 2 and 4 have no due date: nothing in the article implies one ("Telah di identifikasi permasalahan dan tindak lanjutnya"; "Akan mengadakan pertemuan khusus dengan pelaku PKP di kota Maja" names no time).',
    ],
  });
}

/** Seed 004: Rakornis Forum OPD PKP dan Cipta Karya se-Kalimantan Barat, Hotel Mercure Pontianak, 23 March 2021. */
function kalbarRakornis2021(frame: AreaFrame): MeetingRecord {
  const singkawang = regencyNamed(frame, '61', 'Kota Singkawang');
  return withRowIds({
    id: seedMeetingId('004'),
    title: 'Rakornis Forum OPD Bidang Perumahan Rakyat, Kawasan Permukiman dan Cipta Karya se-Kalimantan Barat Tahun 2021',
    kind: MeetingKind.RAKORNIS,
    startsAt: localInstant('2021-03-23', '09:00', 'Asia/Pontianak'),
    endsAt: null,
    startsOn: '2021-03-23',
    timeZone: 'Asia/Pontianak',
    venue: 'Hotel Mercure, Jl. Ahmad Yani, Pontianak',
    mode: AttendanceMode.IN_PERSON,
    organizerId: housingOfficeId('61'),
    modeled: false,
    source: 'DISPERKIMTA Kota Singkawang website (shared/seeds/004)',
    provinceCodes: ['61'],
    regencyCodes: [singkawang.code],
    participants: [
      {
        agencyId: housingOfficeId('61'),
        mode: AttendanceMode.IN_PERSON,
        role: 'Organizer; opened by the Kepala Dinas, Hendra Bachtiar, ST., MT',
      },
      {
        agencyId: housingOfficeId(singkawang.code),
        mode: AttendanceMode.IN_PERSON,
        role: 'The Kepala Dinas and the Kepala Bidang of Disperkimta Kota Singkawang',
      },
    ],
    agenda: [
      speech(
        'Sambutan dan pembukaan: sasaran, maksud dan tujuan, latar belakang',
        'Hendra Bachtiar, ST., MT',
        'Kepala Dinas Perumahan Rakyat dan Kawasan Permukiman Provinsi Kalimantan Barat',
        housingOfficeId('61'),
        'Sinergi perencanaan pembangunan bidang perumahan rakyat, kawasan permukiman dan keciptakaryaan provinsi dan kabupaten/kota tahun 2022',
      ),
    ],
    decisions: [],
    recommendations: [],
    followUps: [],
    notes: [
      'Theme: "melalui rakornis forum OPD tahun 2021 kita tingkatkan sinkronisasi program/kegiatan perumahan rakyat, kawasan pemukiman dan kecipta karyaan dalam rangka mewujudkan percepatan pembangunan infrastruktur di Kalimantan Barat".',
      'Aim: synergy in planning housing, settlement-area and cipta karya development of the province and the kab/kota for 2022; better coordination of programmes of the Dinas Perkim of the kab/kota; efficiency of each institution; one perception and synchronised work plans of the centre, the province and the kab/kota.',
      'Background given: infrastructure built by the centre (Kementerian PUPR), the province and the kab/kota to be integrated; settlement areas (urban slums, strategic, business and agropolitan areas) not yet optimally arranged; minimum service standards for drinking water and sanitation not yet met.',
      'The forum was for the OPD of all of Kalimantan Barat; the article names only Disperkimta Kota Singkawang among the kab/kota that attended, so the record covers that kab/kota. The start is recorded at 09:00 WIB (the article gives only the day).',
    ],
  });
}

/** The five meetings of `shared/seeds/`, as recorded meetings. */
export function buildSeedMeetings(frame: AreaFrame): MeetingRecord[] {
  return [ntbBaliSync2026(frame), kalbarRakor2025(frame), nttEvaluation2025(frame), bantenPokja2016(), kalbarRakornis2021(frame)];
}
