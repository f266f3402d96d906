import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { PrimaryKeyProp } from '@mikro-orm/core';
import { Directive, Field, Int, ObjectType, registerEnumType } from 'type-graphql';

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

export const ALL_SCHEMES = Object.values(FundingScheme);

export enum FundingInstrument {
  GRANT = 'GRANT',
  MORTGAGE_LIQUIDITY = 'MORTGAGE_LIQUIDITY',
  CORPORATE_CONTRIBUTION = 'CORPORATE_CONTRIBUTION',
  DOWN_PAYMENT_GRANT = 'DOWN_PAYMENT_GRANT',
  SAVINGS_BASED_SUBSIDY = 'SAVINGS_BASED_SUBSIDY',
  DIRECT_CONSTRUCTION = 'DIRECT_CONSTRUCTION',
  INFRASTRUCTURE_GRANT = 'INFRASTRUCTURE_GRANT',
}
registerEnumType(FundingInstrument, { name: 'FundingInstrument', description: 'How a scheme delivers its money' });

@ObjectType({ description: 'A funding scheme: its instrument, managing agency, unit values and targets' })
@Directive('@key(fields: "code")')
@Entity({ tableName: 'program' })
export class Program {
  [PrimaryKeyProp]?: 'code';

  @Field(() => FundingScheme)
  @PrimaryKey({ type: 'text' })
  code!: FundingScheme;

  @Field()
  @Property({ type: 'text' })
  name!: string;

  @Field(() => FundingInstrument)
  @Enum({ items: () => FundingInstrument })
  instrument!: FundingInstrument;

  @Field({ description: 'The agency that runs the scheme (e.g. BP Tapera for FLPP since 2021)' })
  @Property({ type: 'text' })
  managingAgency!: string;

  @Field()
  @Property({ type: 'text' })
  description!: string;

  @Field({ description: 'True when the hub holds realization facts for the scheme (funding, coverage)' })
  @Property({ type: 'boolean' })
  reportsRealization!: boolean;

  @Field(() => Int, { nullable: true, description: 'First year of the scheme, where known' })
  @Property({ type: 'smallint', nullable: true })
  sinceYear!: number | null;

  @Property({ type: 'smallint' })
  sortOrder!: number;
}
