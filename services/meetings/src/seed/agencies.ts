import type { AreaFrame, FrameRegency } from '@housing-hub/reference-frame';
import { deterministicUuid } from '@housing-hub/demo-kit';
import { AgencyKind } from '../agency-kind.enum.js';
import type { AgencyRecord } from '../meeting-write.service.js';

/** The id of a seeded agency: the same on every run (`agency/<key>`). */
export const agencyId = (key: string) => deterministicUuid(`agency/${key}`);

export interface Bp3kpUnit {
  key: string;
  name: string;
  shortName: string;
  /** The provinces it works in (Kemendagri codes). */
  provinces: string[];
  /** Where its office is: a kab/kota code, or a province code when the hub does not know the kab/kota. */
  office: string;
  timeZone: string;
}

/**
 * The ministry's regional implementing units. The three the articles name keep their areas as the
 * articles give them (Nusa Tenggara I: NTB and Bali, office in Labuapi, Lombok Barat; Nusa Tenggara II:
 * NTT; Kalimantan I: Kalimantan Barat); the split of the other provinces among units follows the
 * same regional naming and covers every province exactly once.
 */
export const BP3KP_UNITS: Bp3kpUnit[] = [
  {
    key: 'sumatera-i',
    name: 'Sumatera I',
    shortName: 'BP3KP Sumatera I',
    provinces: ['11', '12'],
    office: '12',
    timeZone: 'Asia/Jakarta',
  },
  {
    key: 'sumatera-ii',
    name: 'Sumatera II',
    shortName: 'BP3KP Sumatera II',
    provinces: ['13', '14', '21'],
    office: '14',
    timeZone: 'Asia/Jakarta',
  },
  {
    key: 'sumatera-iii',
    name: 'Sumatera III',
    shortName: 'BP3KP Sumatera III',
    provinces: ['15', '16', '19'],
    office: '16',
    timeZone: 'Asia/Jakarta',
  },
  {
    key: 'sumatera-iv',
    name: 'Sumatera IV',
    shortName: 'BP3KP Sumatera IV',
    provinces: ['17', '18'],
    office: '18',
    timeZone: 'Asia/Jakarta',
  },
  {
    key: 'jawa-i',
    name: 'Jawa I',
    shortName: 'BP3KP Jawa I',
    provinces: ['31', '32', '36'],
    office: '31',
    timeZone: 'Asia/Jakarta',
  },
  {
    key: 'jawa-ii',
    name: 'Jawa II',
    shortName: 'BP3KP Jawa II',
    provinces: ['33', '34'],
    office: '33',
    timeZone: 'Asia/Jakarta',
  },
  { key: 'jawa-iii', name: 'Jawa III', shortName: 'BP3KP Jawa III', provinces: ['35'], office: '35', timeZone: 'Asia/Jakarta' },
  {
    key: 'nusa-tenggara-i',
    name: 'Nusa Tenggara I',
    shortName: 'BP3KP NT I',
    provinces: ['51', '52'],
    office: '52.01',
    timeZone: 'Asia/Makassar',
  },
  {
    key: 'nusa-tenggara-ii',
    name: 'Nusa Tenggara II',
    shortName: 'Balai P3KP NT II',
    provinces: ['53'],
    office: '53',
    timeZone: 'Asia/Makassar',
  },
  {
    key: 'kalimantan-i',
    name: 'Kalimantan I',
    shortName: 'BP3KP Kalimantan I',
    provinces: ['61'],
    office: '61',
    timeZone: 'Asia/Pontianak',
  },
  {
    key: 'kalimantan-ii',
    name: 'Kalimantan II',
    shortName: 'BP3KP Kalimantan II',
    provinces: ['62', '63'],
    office: '63',
    timeZone: 'Asia/Makassar',
  },
  {
    key: 'kalimantan-iii',
    name: 'Kalimantan III',
    shortName: 'BP3KP Kalimantan III',
    provinces: ['64', '65'],
    office: '64',
    timeZone: 'Asia/Makassar',
  },
  {
    key: 'sulawesi-i',
    name: 'Sulawesi I',
    shortName: 'BP3KP Sulawesi I',
    provinces: ['71', '75'],
    office: '71',
    timeZone: 'Asia/Makassar',
  },
  {
    key: 'sulawesi-ii',
    name: 'Sulawesi II',
    shortName: 'BP3KP Sulawesi II',
    provinces: ['73', '76'],
    office: '73',
    timeZone: 'Asia/Makassar',
  },
  {
    key: 'sulawesi-iii',
    name: 'Sulawesi III',
    shortName: 'BP3KP Sulawesi III',
    provinces: ['72', '74'],
    office: '72',
    timeZone: 'Asia/Makassar',
  },
  { key: 'maluku', name: 'Maluku', shortName: 'BP3KP Maluku', provinces: ['81', '82'], office: '81', timeZone: 'Asia/Jayapura' },
  {
    key: 'papua',
    name: 'Papua',
    shortName: 'BP3KP Papua',
    provinces: ['91', '92', '93', '94', '95', '96'],
    office: '91',
    timeZone: 'Asia/Jayapura',
  },
];

export const bp3kpId = (unit: Bp3kpUnit) => agencyId(`bp3kp/${unit.key}`);
export const housingOfficeId = (areaCode: string) => agencyId(`housing-office/${areaCode}`);
export const bappedaId = (areaCode: string) => agencyId(`bappeda/${areaCode}`);

/** Ministry units and national bodies: key, name, short name, kind, parent key. */
const NATIONAL: [string, string, string | null, AgencyKind, string | null][] = [
  ['kementerian-pkp', 'Kementerian Perumahan dan Kawasan Permukiman', 'Kementerian PKP', AgencyKind.MINISTRY, null],
  [
    'biro-perencanaan',
    'Biro Perencanaan dan Kerja Sama, Sekretariat Jenderal Kementerian PKP',
    'Biro Perencanaan dan Kerjasama',
    AgencyKind.BUREAU,
    'kementerian-pkp',
  ],
  [
    'ditjen-perdesaan',
    'Direktorat Jenderal Perumahan Perdesaan',
    'Ditjen Perumahan Perdesaan',
    AgencyKind.DIRECTORATE_GENERAL,
    'kementerian-pkp',
  ],
  ['dit-pembiayaan-perdesaan', 'Direktorat Pembiayaan Perumahan Perdesaan', null, AgencyKind.DIRECTORATE, 'ditjen-perdesaan'],
  [
    'dit-peningkatan-kualitas-perdesaan',
    'Direktorat Peningkatan Kualitas Perumahan Perdesaan',
    null,
    AgencyKind.DIRECTORATE,
    'ditjen-perdesaan',
  ],
  [
    'dit-sistem-strategi-perdesaan',
    'Direktorat Sistem dan Strategi Pembangunan Perumahan Perdesaan',
    null,
    AgencyKind.DIRECTORATE,
    'ditjen-perdesaan',
  ],
  [
    'ditjen-perkotaan',
    'Direktorat Jenderal Perumahan Perkotaan',
    'Ditjen Perumahan Perkotaan',
    AgencyKind.DIRECTORATE_GENERAL,
    'kementerian-pkp',
  ],
  [
    'dit-sistem-strategi-perkotaan',
    'Direktorat Sistem dan Strategi Pembangunan Perumahan Perkotaan',
    null,
    AgencyKind.DIRECTORATE,
    'ditjen-perkotaan',
  ],
  [
    'ditjen-kawasan-permukiman',
    'Direktorat Jenderal Kawasan Permukiman',
    'Ditjen Kawasan Permukiman',
    AgencyKind.DIRECTORATE_GENERAL,
    'kementerian-pkp',
  ],
  [
    'dit-sistem-strategi-kawasan',
    'Direktorat Sistem dan Strategi Penyelenggaraan Kawasan Permukiman',
    null,
    AgencyKind.DIRECTORATE,
    'ditjen-kawasan-permukiman',
  ],
  ['kementerian-pu', 'Kementerian Pekerjaan Umum', 'Kementerian PU', AgencyKind.MINISTRY, null],
  [
    'kementerian-atr-bpn',
    'Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional',
    'ATR/BPN',
    AgencyKind.LAND_OFFICE,
    null,
  ],
  ['bps', 'Badan Pusat Statistik', 'BPS', AgencyKind.STATISTICS_OFFICE, null],
  ['the-hud-institute', 'The HUD Institute', null, AgencyKind.ASSOCIATION, null],
];

/** Provincial housing offices whose own name the articles give. */
const PROVINCE_HOUSING_OFFICE_NAMES: Record<string, [string, string]> = {
  '61': ['Dinas Perumahan Rakyat dan Kawasan Permukiman Provinsi Kalimantan Barat', 'Disperkim Provinsi Kalbar'],
  '52': ['Dinas Perumahan dan Permukiman Provinsi Nusa Tenggara Barat', 'Disperkim Provinsi NTB'],
};

/** Kab/kota housing offices whose own name the articles give. */
const REGENCY_HOUSING_OFFICE_NAMES: Record<string, [string, string]> = {
  '61.72': ['Dinas Perumahan, Permukiman dan Pertanahan Kota Singkawang', 'Disperkimta Kota Singkawang'],
};

/** The eight Kalimantan Barat kabupaten of the 12 June 2025 rakor, as the article names them. */
export const KALBAR_2025_KABUPATEN = [
  'Bengkayang',
  'Landak',
  'Sanggau',
  'Ketapang',
  'Sintang',
  'Kapuas Hulu',
  'Sekadau',
  'Melawi',
];

/** Finds a kab/kota of a province by the name an article uses ("Kapuas Hulu", "Kota Singkawang"). */
export function regencyNamed(frame: AreaFrame, provinceCode: string, name: string): FrameRegency {
  const wanted = name.toUpperCase().startsWith('KOTA ') ? name.toUpperCase() : `KABUPATEN ${name.toUpperCase()}`;
  const found = frame.regencies.find((r) => r.provinceCode === provinceCode && r.name.toUpperCase() === wanted);
  if (!found) throw new Error(`The reference frame has no "${name}" in province ${provinceCode}`);
  return found;
}

/** Every agency the hub starts with: national bodies, BP3KP units, and the offices of every province and kab/kota. */
export function buildAgencies(frame: AreaFrame): AgencyRecord[] {
  const agencies: AgencyRecord[] = NATIONAL.map(([key, name, shortName, kind, parent]) => ({
    id: agencyId(key),
    name,
    shortName,
    kind,
    provinceCode: null,
    regencyCode: null,
    parentId: parent ? agencyId(parent) : null,
    coveredProvinceCodes: [],
  }));
  const national = (key: string) => agencyId(key);
  for (const unit of BP3KP_UNITS) {
    const regencyCode = unit.office.includes('.') ? unit.office : null;
    agencies.push({
      id: bp3kpId(unit),
      name: `Balai Pelaksana Penyediaan Perumahan dan Kawasan Permukiman ${unit.name}`,
      shortName: unit.shortName,
      kind: AgencyKind.REGIONAL_UNIT,
      provinceCode: unit.office.slice(0, 2),
      regencyCode,
      parentId: national('kementerian-pkp'),
      coveredProvinceCodes: unit.provinces,
    });
  }
  const regional = (
    key: string,
    name: string,
    shortName: string | null,
    kind: AgencyKind,
    provinceCode: string,
    regencyCode: string | null,
  ) =>
    agencies.push({
      id: agencyId(key),
      name,
      shortName,
      kind,
      provinceCode,
      regencyCode,
      parentId: null,
      coveredProvinceCodes: [],
    });

  for (const province of frame.provinces) {
    const [name, shortName] = PROVINCE_HOUSING_OFFICE_NAMES[province.code] ?? [
      `Dinas Perumahan dan Kawasan Permukiman Provinsi ${province.name}`,
      `Disperkim Provinsi ${province.name}`,
    ];
    regional(`housing-office/${province.code}`, name, shortName, AgencyKind.HOUSING_OFFICE, province.code, null);
    regional(
      `bappeda/${province.code}`,
      `Badan Perencanaan Pembangunan Daerah Provinsi ${province.name}`,
      `Bappeda Provinsi ${province.name}`,
      AgencyKind.PLANNING_AGENCY,
      province.code,
      null,
    );
  }
  for (const regency of frame.regencies) {
    const [name, shortName] = REGENCY_HOUSING_OFFICE_NAMES[regency.code] ?? [
      `Dinas Perumahan dan Kawasan Permukiman ${regency.name}`,
      `Disperkim ${regency.name}`,
    ];
    regional(`housing-office/${regency.code}`, name, shortName, AgencyKind.HOUSING_OFFICE, regency.provinceCode, regency.code);
    regional(
      `bappeda/${regency.code}`,
      `Badan Perencanaan Pembangunan Daerah ${regency.name}`,
      `Bappeda ${regency.name}`,
      AgencyKind.PLANNING_AGENCY,
      regency.provinceCode,
      regency.code,
    );
  }
  // Seed 001: each of the eight kabupaten also sent its DPMPTSP, Bapenda and community-development office.
  for (const kabupaten of KALBAR_2025_KABUPATEN) {
    const regency = regencyNamed(frame, '61', kabupaten);
    regional(
      `dpmptsp/${regency.code}`,
      `Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu ${regency.name}`,
      `DPMPTSP ${regency.name}`,
      AgencyKind.INVESTMENT_LICENSING_OFFICE,
      '61',
      regency.code,
    );
    regional(
      `bapenda/${regency.code}`,
      `Badan Pendapatan Daerah ${regency.name}`,
      `Bapenda ${regency.name}`,
      AgencyKind.REVENUE_AGENCY,
      '61',
      regency.code,
    );
    regional(
      `dpmd/${regency.code}`,
      `Dinas Pemberdayaan Masyarakat dan Desa ${regency.name}`,
      `DPMD ${regency.name}`,
      AgencyKind.COMMUNITY_DEVELOPMENT_OFFICE,
      '61',
      regency.code,
    );
  }
  // Seed 002: ATR/BPN Provinsi NTT.
  agencies.push({
    id: agencyId('kanwil-bpn/53'),
    name: 'Kantor Wilayah Badan Pertanahan Nasional Provinsi Nusa Tenggara Timur',
    shortName: 'ATR/BPN Provinsi NTT',
    kind: AgencyKind.LAND_OFFICE,
    provinceCode: '53',
    regencyCode: null,
    parentId: national('kementerian-atr-bpn'),
    coveredProvinceCodes: [],
  });
  // Seed 003: the Banten provincial office of 2016 and the provincial Pokja PKP.
  regional(
    'dsdap/36',
    'Dinas Sumber Daya Air dan Permukiman Provinsi Banten',
    'DSDAP Provinsi Banten',
    AgencyKind.HOUSING_OFFICE,
    '36',
    null,
  );
  regional(
    'pokja-pkp/36',
    'Kelompok Kerja Perumahan dan Kawasan Permukiman Provinsi Banten',
    'Pokja PKP Provinsi Banten',
    AgencyKind.WORKING_GROUP,
    '36',
    null,
  );
  return agencies;
}
