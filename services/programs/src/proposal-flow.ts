import { ProposalStatus } from './proposal-status.enum.js';

/**
 * The verification flow of a proposal (usulan): draft, submitted, administratively verified (vermin),
 * technically verified (vertek), then approved or rejected; rejection is possible at every
 * verification step. Approved and rejected are final.
 */
export const ALLOWED_TRANSITIONS: Readonly<Record<ProposalStatus, readonly ProposalStatus[]>> = Object.freeze({
  [ProposalStatus.DRAFT]: [ProposalStatus.SUBMITTED],
  [ProposalStatus.SUBMITTED]: [ProposalStatus.ADMIN_VERIFIED, ProposalStatus.REJECTED],
  [ProposalStatus.ADMIN_VERIFIED]: [ProposalStatus.TECH_VERIFIED, ProposalStatus.REJECTED],
  [ProposalStatus.TECH_VERIFIED]: [ProposalStatus.APPROVED, ProposalStatus.REJECTED],
  [ProposalStatus.APPROVED]: [],
  [ProposalStatus.REJECTED]: [],
});

export function canTransition(from: ProposalStatus, to: ProposalStatus): boolean {
  return ALLOWED_TRANSITIONS[from].includes(to);
}

/** The steps from creation (a draft) to `status`: rejection happens, in the demo, at the last verification step reached. */
export function pathTo(status: ProposalStatus): ProposalStatus[] {
  const main = [
    ProposalStatus.DRAFT,
    ProposalStatus.SUBMITTED,
    ProposalStatus.ADMIN_VERIFIED,
    ProposalStatus.TECH_VERIFIED,
    ProposalStatus.APPROVED,
  ];
  if (status === ProposalStatus.REJECTED)
    return [ProposalStatus.DRAFT, ProposalStatus.SUBMITTED, ProposalStatus.ADMIN_VERIFIED, ProposalStatus.REJECTED];
  return main.slice(0, main.indexOf(status) + 1);
}
