import { FundingInstrument } from './funding-instrument.enum.js';
import { FundingScheme } from './funding-scheme.enum.js';

export interface ProgramRow {
  code: FundingScheme;
  name: string;
  instrument: FundingInstrument;
  managing_agency: string;
  description: string;
  reports_realization: boolean;
  since_year: number | null;
  sort_order: number;
}

/** The schemes: reference data, loaded at every start (upserted), demo or not. */
export const PROGRAM_CATALOGUE: ProgramRow[] = [
  {
    code: FundingScheme.BSPS,
    name: 'Bantuan Stimulan Perumahan Swadaya',
    instrument: FundingInstrument.GRANT,
    managing_agency: 'Kementerian PKP (Kementerian PUPR until October 2024)',
    description:
      'A grant to a low-income household to upgrade (PK, peningkatan kualitas) or rebuild (PB, pembangunan baru) its own uninhabitable house, delivered through beneficiary groups (KPB)',
    reports_realization: true,
    since_year: null,
    sort_order: 1,
  },
  {
    code: FundingScheme.FLPP,
    name: 'Fasilitas Likuiditas Pembiayaan Perumahan',
    instrument: FundingInstrument.MORTGAGE_LIQUIDITY,
    managing_agency: 'BP Tapera (PPDPP 2010-2020)',
    description:
      'Subsidised mortgages (KPR) for low-income buyers, fixed rate at most 5% over up to 20 years, paid out through partner banks',
    reports_realization: true,
    since_year: 2010,
    sort_order: 2,
  },
  {
    code: FundingScheme.CSR,
    name: 'Corporate social responsibility housing',
    instrument: FundingInstrument.CORPORATE_CONTRIBUTION,
    managing_agency: 'Companies, coordinated by Kementerian PKP',
    description: "Houses built or renovated with companies' CSR funds, outside the state budget",
    reports_realization: true,
    since_year: null,
    sort_order: 3,
  },
  {
    code: FundingScheme.SBUM,
    name: 'Subsidi Bantuan Uang Muka',
    instrument: FundingInstrument.DOWN_PAYMENT_GRANT,
    managing_agency: 'Kementerian PKP',
    description: 'A down-payment grant for buyers of subsidised homes',
    reports_realization: false,
    since_year: null,
    sort_order: 4,
  },
  {
    code: FundingScheme.BP2BT,
    name: 'Bantuan Pembiayaan Perumahan Berbasis Tabungan',
    instrument: FundingInstrument.SAVINGS_BASED_SUBSIDY,
    managing_agency: 'Kementerian PKP',
    description: 'A savings-based housing subsidy',
    reports_realization: false,
    since_year: null,
    sort_order: 5,
  },
  {
    code: FundingScheme.RUSUN,
    name: 'Rumah Susun',
    instrument: FundingInstrument.DIRECT_CONSTRUCTION,
    managing_agency: 'Kementerian PKP',
    description: 'Flats built by the ministry',
    reports_realization: false,
    since_year: null,
    sort_order: 6,
  },
  {
    code: FundingScheme.RUSUS,
    name: 'Rumah Khusus',
    instrument: FundingInstrument.DIRECT_CONSTRUCTION,
    managing_agency: 'Kementerian PKP',
    description: 'Special-purpose housing (e.g. for fishers, border areas, relocation after disasters)',
    reports_realization: false,
    since_year: null,
    sort_order: 7,
  },
  {
    code: FundingScheme.PSU,
    name: 'Prasarana, Sarana dan Utilitas',
    instrument: FundingInstrument.INFRASTRUCTURE_GRANT,
    managing_agency: 'Kementerian PKP',
    description: 'Estate infrastructure (roads, drainage, water) for housing estates',
    reports_realization: false,
    since_year: null,
    sort_order: 8,
  },
];

/** The schemes with realization facts: the default of `funding(schemes:)`. */
export const REALIZATION_SCHEMES = PROGRAM_CATALOGUE.filter((p) => p.reports_realization).map((p) => p.code);
