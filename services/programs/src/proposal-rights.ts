import { actsNationally, assertCoversAreas, assertRole, coversArea, Role, type Caller } from '@housing-hub/subgraph-kit';
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
  return (
    caller.kind === 'staff' && !caller.roles.every((role) => role === Role.PARTNER) && coversArea(caller, proposal.regencyCode)
  );
}

/**
 * The same rule as an SQL condition on `programs.proposal p` (null: no restriction), so that pages and
 * counts leave out the drafts the caller may not see.
 */
export function visibleProposalsSql(caller: Caller): { sql: string; params: unknown[] } | null {
  const notDraft = `p.status <> '${ProposalStatus.DRAFT}'`;
  if (caller.kind !== 'staff' || caller.roles.every((role) => role === Role.PARTNER)) return { sql: notDraft, params: [] };
  if (actsNationally(caller)) return null;
  const areas = caller.areas.map((area) => (area.length === 2 ? 'p.province_code = ?' : 'p.regency_code = ?'));
  return { sql: `(${[notDraft, ...areas].join(' or ')})`, params: [...caller.areas] };
}
