import { createContext, useContext, useState, type ReactNode } from 'react';
import type { Lang } from './format.js';

// Bahasa Indonesia by default; English as a choice, remembered in this browser.
const messages = {
  id: {
    appTitle: 'Dasbor Perumahan',
    national: 'Nasional', provinces: 'Provinsi', proposals: 'Usulan', meetings: 'Rapat', sources: 'Sumber data',
    explorer: 'Penjelajah GraphQL', language: 'Bahasa', loading: 'Memuat…', error: 'Gagal memuat data',
    retry: 'Coba lagi', notFound: 'Tidak ditemukan', modeled: 'dimodelkan',
    modeledHint: 'Angka ini dimodelkan (data demo), bukan angka terbitan',
    year: 'Tahun', fiscalYear: 'Tahun anggaran', province: 'Provinsi', regency: 'Kab/kota', all: 'Semua',
    units: 'unit', scheme: 'Skema', status: 'Status', total: 'Total',
    nationalTitle: 'Gambaran nasional', deliveredIn: 'Realisasi per skema',
    needByYear: 'Backlog dan RTLH per tahun', ownershipBacklog: 'Backlog kepemilikan',
    habitabilityBacklog: 'Backlog kelayakan', rtlh: 'RTLH', households: 'Rumah tangga',
    needNote: 'Jumlah provinsi yang punya angka untuk tahun itu',
    schemeByYear: 'Realisasi skema per tahun terhadap target/kuota', target: 'Target/kuota', realized: 'Realisasi',
    flppMonthly: 'FLPP per bulan', quota: 'Kuota', program3: 'Program 3 Juta Rumah',
    program3Missing: 'Graf belum memuat data capaian Program 3 Juta Rumah; bagian ini muncul begitu datanya ada.',
    provinceList: 'Daftar provinsi', coverage: 'Cakupan', funded: 'Unit didanai', need: 'Kebutuhan',
    tileMap: 'Peta petak kab/kota menurut cakupan', bp3kp: 'BP3KP', noBp3kp: 'Tidak ada BP3KP yang tercatat untuk provinsi ini',
    coverageNote: 'Cakupan = unit semua skema pada tahun itu dibagi jumlah RTLH terbaru',
    series: 'Kebutuhan dan pendanaan per tahun', proposalsOf: 'Usulan', deskReviews: 'Desk review',
    meetingsCovering: 'Rapat yang membahas', openFollowUps: 'Tindak lanjut terbuka', none: 'Tidak ada',
    proposed: 'Diusulkan', recommended: 'Direkomendasikan', needUsed: 'Kebutuhan yang dipakai',
    pipeline: 'Alur usulan', countsByStatus: 'Jumlah usulan menurut status dan skema',
    exceeding: 'Usulan melebihi kebutuhan (RTLH) atau tanpa data kebutuhan', noNeedData: 'tanpa data kebutuhan',
    meetingList: 'Daftar rapat', date: 'Tanggal', venue: 'Tempat', organizer: 'Penyelenggara', overdue: 'Terlambat',
    participants: 'Peserta', agenda: 'Agenda', decisions: 'Keputusan', recommendations: 'Rekomendasi',
    followUps: 'Tindak lanjut', dueDate: 'Tenggat', owner: 'Pelaksana', role: 'Peran', mode: 'Kehadiran',
    notes: 'Catatan', source: 'Sumber', areas: 'Wilayah', speaker: 'Narasumber',
    sourcesTitle: 'Sumber data', publisher: 'Penerbit', published: 'Terbit', url: 'URL', code: 'Kode', name: 'Nama',
    isModeled: 'Dimodelkan', yes: 'ya', no: 'tidak', sourcesNote: 'Setiap sumber yang dikutip angka-angka di graf',
    more: 'Lebih banyak', sortBy: 'Urutkan menurut',
  },
  en: {
    appTitle: 'Housing Dashboard',
    national: 'National', provinces: 'Provinces', proposals: 'Proposals', meetings: 'Meetings', sources: 'Data sources',
    explorer: 'GraphQL explorer', language: 'Language', loading: 'Loading…', error: 'Could not load the data',
    retry: 'Retry', notFound: 'Not found', modeled: 'modeled',
    modeledHint: 'This figure is modeled (demo data), not published',
    year: 'Year', fiscalYear: 'Fiscal year', province: 'Province', regency: 'Kab/kota', all: 'All',
    units: 'units', scheme: 'Scheme', status: 'Status', total: 'Total',
    nationalTitle: 'National overview', deliveredIn: 'Delivered per scheme',
    needByYear: 'Backlog and RTLH by year', ownershipBacklog: 'Ownership backlog',
    habitabilityBacklog: 'Habitability backlog', rtlh: 'RTLH', households: 'Households',
    needNote: 'Provinces with a figure for that year',
    schemeByYear: 'Each scheme by year against its target or quota', target: 'Target/quota', realized: 'Delivered',
    flppMonthly: 'FLPP by month', quota: 'Quota', program3: 'Program 3 Juta Rumah',
    program3Missing: 'The graph holds no Program 3 Juta Rumah progress yet; this part appears once it does.',
    provinceList: 'Provinces', coverage: 'Coverage', funded: 'Funded units', need: 'Need',
    tileMap: 'Tile map of kab/kota by coverage', bp3kp: 'BP3KP', noBp3kp: 'No BP3KP recorded for this province',
    coverageNote: 'Coverage = units of all schemes in the year over the latest RTLH count',
    series: 'Need and funding by year', proposalsOf: 'Proposals', deskReviews: 'Desk reviews',
    meetingsCovering: 'Meetings that covered it', openFollowUps: 'Open follow-ups', none: 'None',
    proposed: 'Proposed', recommended: 'Recommended', needUsed: 'Need used',
    pipeline: 'Proposals pipeline', countsByStatus: 'Proposals by status and scheme',
    exceeding: 'Proposals exceeding need (RTLH) or without need data', noNeedData: 'no need data',
    meetingList: 'Meetings', date: 'Date', venue: 'Venue', organizer: 'Organizer', overdue: 'Overdue',
    participants: 'Participants', agenda: 'Agenda', decisions: 'Decisions', recommendations: 'Recommendations',
    followUps: 'Follow-ups', dueDate: 'Due', owner: 'Owner', role: 'Role', mode: 'Attendance',
    notes: 'Notes', source: 'Source', areas: 'Areas', speaker: 'Speaker',
    sourcesTitle: 'Data sources', publisher: 'Publisher', published: 'Published', url: 'URL', code: 'Code', name: 'Name',
    isModeled: 'Modeled', yes: 'yes', no: 'no', sourcesNote: 'Every source the figures in the graph cite',
    more: 'More', sortBy: 'Sort by',
  },
} as const;

export type MessageKey = keyof (typeof messages)['id'];

const enumLabels: Record<Lang, Record<string, string>> = {
  id: {
    DRAFT: 'Draf', SUBMITTED: 'Diajukan', ADMIN_VERIFIED: 'Lolos vermin', TECH_VERIFIED: 'Lolos vertek', APPROVED: 'Ditetapkan',
    REJECTED: 'Ditolak', OPEN: 'Terbuka', IN_PROGRESS: 'Berjalan', DONE: 'Selesai', CANCELLED: 'Batal',
    PRIORITY: 'Prioritas', RESERVE: 'Cadangan', REJECT: 'Tidak direkomendasikan', IN_PERSON: 'Luring', ONLINE: 'Daring',
    HYBRID: 'Daring dan luring', KABUPATEN: 'Kabupaten', KOTA: 'Kota', RAKOR: 'Rakor', RAKORNIS: 'Rakornis',
    EVALUATION: 'Evaluasi', DESK_SINKRONISASI: 'Desk sinkronisasi', POKJA: 'Pokja', BRIEFING: 'Sosialisasi',
    WORKSHOP: 'Bimtek', OTHER: 'Lainnya', QUOTA: 'Kuota', PLAN: 'Rencana', TARGET: 'Target',
  },
  en: {
    DRAFT: 'Draft', SUBMITTED: 'Submitted', ADMIN_VERIFIED: 'Admin verified', TECH_VERIFIED: 'Tech verified', APPROVED: 'Approved',
    REJECTED: 'Rejected', OPEN: 'Open', IN_PROGRESS: 'In progress', DONE: 'Done', CANCELLED: 'Cancelled',
    PRIORITY: 'Priority', RESERVE: 'Reserve', REJECT: 'Not recommended', IN_PERSON: 'In person', ONLINE: 'Online',
    HYBRID: 'Hybrid', KABUPATEN: 'Kabupaten', KOTA: 'Kota', RAKOR: 'Coordination', RAKORNIS: 'Technical coordination',
    EVALUATION: 'Evaluation', DESK_SINKRONISASI: 'Proposal desk', POKJA: 'Working group', BRIEFING: 'Briefing',
    WORKSHOP: 'Workshop', OTHER: 'Other', QUOTA: 'Quota', PLAN: 'Plan', TARGET: 'Target',
  },
};

interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  t(key: MessageKey): string;
  /** A GraphQL enum value in words (status, kind, mode); the value itself when there is no label. */
  label(value: string | null | undefined): string;
}

const I18nContext = createContext<I18n | null>(null);
const STORAGE_KEY = 'housing-hub.lang';

function initialLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const setLang = (next: Lang) => {
    setLangState(next);
    document.documentElement.lang = next;
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  };
  const value: I18n = {
    lang,
    setLang,
    t: (key) => messages[lang][key],
    label: (enumValue) => (enumValue ? (enumLabels[lang][enumValue] ?? enumValue) : '–'),
  };
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n outside I18nProvider');
  return context;
}
