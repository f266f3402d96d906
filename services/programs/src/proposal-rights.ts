import type { FilterQuery } from '@mikro-orm/core';
import { actsNationally, assertCoversAreas, assertRole, coversArea, Role, type Caller } from '@housing-hub/subgraph-kit';
import type { Proposal } from './proposal.entity.js';
import { ProposalStatus } from './proposal-status.enum.js';

/*
 * Who may move a proposal where (SIBARU's split of the work; field rights, who may write at all,
 * are in the schema): a PEMDA drafts and submits for its own kab/kota; a BP3KP verifies
 * (administrative, then technical) in its work area; only the directorate decides (approve or reject).
 */

/** A PEMDA submits only for its own areas; national roles anywhere. */
export function assertMaySubmitFor(caller: Caller, regencyCode: string): void {
  assertRole(caller, [Role.PEMDA, Role.DIRECTORATE, Role.DATA_STEWARD], 'submit proposals');
  assertCoversAreas(caller, [regencyCode], 'submit a proposal');
}

const STEP_ROLES: Record<ProposalStatus, Role[]> = {
  [ProposalStatus.DRAFT]: [],
  [ProposalStatus.SUBMITTED]: [Role.PEMDA],
  [ProposalStatus.ADMIN_VERIFIED]: [Role.BP3KP],
  [ProposalStatus.TECH_VERIFIED]: [Role.BP3KP],
  [ProposalStatus.APPROVED]: [Role.DIRECTORATE],
  [ProposalStatus.REJECTED]: [Role.DIRECTORATE],
};

/** The step decides the role; the proposal's kab/kota must be in the caller's areas (national roles: anywhere). */
export function assertMayMoveProposal(caller: Caller, proposal: { regencyCode: string }, to: ProposalStatus): void {
  assertRole(caller, STEP_ROLES[to], `move a proposal to ${to}`);
  assertCoversAreas(caller, [proposal.regencyCode], `move a proposal to ${to}`);
}

/**
 * A DRAFT is its author's work in progress: not PUBLIC, not for partners. Staff see the drafts of
 * their areas (national roles: all). Everything past DRAFT is published.
 */
export function maySeeProposal(caller: Caller, proposal: { status: ProposalStatus; regencyCode: string }): boolean {
  if (proposal.status !== ProposalStatus.DRAFT) return true;
  return caller.kind === 'staff' && !caller.roles.every((role) => role === Role.PARTNER) && coversArea(caller, proposal.regencyCode);
}

/** The same rule as a query condition, so that pages and counts leave out the drafts the caller may not see. */
export function visibleProposals(caller: Caller): FilterQuery<Proposal> {
  const hidden = { status: ProposalStatus.DRAFT };
  if (caller.kind !== 'staff' || caller.roles.every((role) => role === Role.PARTNER)) return { status: { $ne: hidden.status } };
  if (actsNationally(caller)) return {};
  const areas = caller.areas.map((area): FilterQuery<Proposal> => (area.length === 2 ? { provinceCode: area } : { regencyCode: area }));
  return { $or: [{ status: { $ne: hidden.status } }, ...areas] } as FilterQuery<Proposal>;
}
