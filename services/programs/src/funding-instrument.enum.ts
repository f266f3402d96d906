import { registerEnumType } from 'type-graphql';

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
