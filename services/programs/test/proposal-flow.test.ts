import { describe, expect, it } from '@jest/globals';
import { ALLOWED_TRANSITIONS, canTransition, pathTo } from '../src/proposal-flow.js';
import { ProposalStatus } from '../src/proposal-status.enum.js';

const ALL = Object.values(ProposalStatus);
const { DRAFT, SUBMITTED, ADMIN_VERIFIED, TECH_VERIFIED, APPROVED, REJECTED } = ProposalStatus;

describe('the proposal flow', () => {
  it('allows exactly draft -> submitted -> admin verified -> tech verified -> approved, and rejection from the verification steps', () => {
    const allowed = ALL.flatMap((from) => ALL.filter((to) => canTransition(from, to)).map((to) => `${from}->${to}`));
    expect(allowed.sort()).toEqual(
      [
        `${DRAFT}->${SUBMITTED}`,
        `${SUBMITTED}->${ADMIN_VERIFIED}`,
        `${ADMIN_VERIFIED}->${TECH_VERIFIED}`,
        `${TECH_VERIFIED}->${APPROVED}`,
        `${SUBMITTED}->${REJECTED}`,
        `${ADMIN_VERIFIED}->${REJECTED}`,
        `${TECH_VERIFIED}->${REJECTED}`,
      ].sort(),
    );
  });

  it('has final states and no way back', () => {
    expect(ALLOWED_TRANSITIONS[APPROVED]).toEqual([]);
    expect(ALLOWED_TRANSITIONS[REJECTED]).toEqual([]);
    for (const status of ALL) expect(canTransition(status, status)).toBe(false);
    expect(canTransition(SUBMITTED, DRAFT)).toBe(false);
    expect(canTransition(DRAFT, REJECTED)).toBe(false);
    expect(canTransition(SUBMITTED, APPROVED)).toBe(false);
  });

  it('gives every status a path from a draft that only takes allowed steps', () => {
    for (const status of ALL) {
      const path = pathTo(status);
      expect(path[0]).toBe(DRAFT);
      expect(path.at(-1)).toBe(status);
      for (let i = 1; i < path.length; i++) expect(canTransition(path[i - 1]!, path[i]!)).toBe(true);
    }
  });
});
