import { registerEnumType } from 'type-graphql';

export enum ProposalStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  ADMIN_VERIFIED = 'ADMIN_VERIFIED',
  TECH_VERIFIED = 'TECH_VERIFIED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(ProposalStatus, {
  name: 'ProposalStatus',
  description: 'Where a proposal (usulan) stands in the verification flow',
  valuesConfig: {
    DRAFT: { description: 'Being prepared by the proposer' },
    SUBMITTED: { description: 'Submitted (SIBARU), awaiting administrative verification' },
    ADMIN_VERIFIED: { description: 'Passed administrative verification (vermin)' },
    TECH_VERIFIED: { description: 'Passed technical verification (vertek)' },
    APPROVED: { description: 'Decided (penetapan): will be funded' },
    REJECTED: { description: 'Rejected at a verification step' },
  },
});
