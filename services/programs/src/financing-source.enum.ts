import { registerEnumType } from 'type-graphql';

/** Where the money of a realization fact comes from (sumber dana): the seeds' list, APBN/APBD beside CSR, developers and banks. */
export enum FinancingSource {
  APBN = 'APBN',
  APBD_PROVINCE = 'APBD_PROVINCE',
  APBD_REGENCY = 'APBD_REGENCY',
  CSR = 'CSR',
  DEVELOPER = 'DEVELOPER',
  BANK = 'BANK',
}
registerEnumType(FinancingSource, {
  name: 'FinancingSource',
  description: 'Where the money comes from (sumber dana)',
  valuesConfig: {
    APBN: { description: 'The national budget (BSPS grants, the FLPP liquidity of BP Tapera)' },
    APBD_PROVINCE: { description: 'A provincial budget' },
    APBD_REGENCY: { description: 'A kab/kota budget' },
    CSR: { description: "Companies' CSR funds" },
    DEVELOPER: { description: 'Developers' },
    BANK: { description: 'Banks (their own lending beside a subsidy)' },
  },
});

/** The source of a fact that names none: its scheme's own (CSR: the companies; every other scheme: the national budget). */
export const DEFAULT_FINANCING_SOURCE_SQL = (alias: string) =>
  `coalesce(${alias}.financing_source, case ${alias}.scheme when 'CSR' then 'CSR' else 'APBN' end)`;
