import { registerEnumType } from 'type-graphql';

/** The funding schemes (program) the hub knows; the code is the key other subgraphs use. */
export enum FundingScheme {
  BSPS = 'BSPS',
  FLPP = 'FLPP',
  CSR = 'CSR',
  SBUM = 'SBUM',
  BP2BT = 'BP2BT',
  RUSUN = 'RUSUN',
  RUSUS = 'RUSUS',
  PSU = 'PSU',
}
registerEnumType(FundingScheme, {
  name: 'FundingScheme',
  description: 'A housing funding scheme (program)',
  valuesConfig: {
    BSPS: { description: 'Bantuan Stimulan Perumahan Swadaya: a grant to upgrade (PK) or rebuild (PB) a self-built home' },
    FLPP: { description: 'Fasilitas Likuiditas Pembiayaan Perumahan: subsidised mortgages (KPR) for low-income buyers' },
    CSR: { description: "Houses built or renovated with companies' corporate social responsibility funds" },
    SBUM: { description: 'Subsidi Bantuan Uang Muka: a down-payment grant' },
    BP2BT: { description: 'Bantuan Pembiayaan Perumahan Berbasis Tabungan: a savings-based subsidy' },
    RUSUN: { description: 'Rumah susun: flats' },
    RUSUS: { description: 'Rumah khusus: special-purpose housing' },
    PSU: { description: 'Prasarana, sarana dan utilitas: estate infrastructure (roads, drainage, water)' },
  },
});
