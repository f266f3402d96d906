import { registerEnumType } from 'type-graphql';

export enum ProposalOrderField {
  PROPOSED_UNITS = 'PROPOSED_UNITS',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
  STATUS = 'STATUS',
  REGENCY = 'REGENCY',
  FISCAL_YEAR = 'FISCAL_YEAR',
}
registerEnumType(ProposalOrderField, {
  name: 'ProposalOrderField',
  description: 'What proposals are ordered by',
  valuesConfig: {
    PROPOSED_UNITS: { description: 'Units proposed' },
    CREATED_AT: { description: 'When the proposal was created' },
    UPDATED_AT: { description: 'When it last changed' },
    STATUS: { description: 'Its place in the flow (DRAFT first, REJECTED last)' },
    REGENCY: { description: 'The kab/kota code' },
    FISCAL_YEAR: { description: 'The fiscal year' },
  },
});
