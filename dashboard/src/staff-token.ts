import { decodeJwt } from 'jose';

/** A signed-in staff member, as their token says (decoded only: the hub verifies every request). */
export interface StaffSession {
  token: string;
  subject: string;
  roles: string[];
  areas: string[];
  /** When the token expires (ms since the epoch), if it says. */
  expiresAt: number | null;
}

// The roles that `@requiresScopes` lets read Proposal.deskReviews and Meeting.deskReviews (and that
// see drafts of their areas); PUBLIC and PARTNER tokens read what the public reads.
const RESTRICTED_READERS = ['PEMDA', 'BP3KP', 'DIRECTORATE', 'DATA_STEWARD', 'ADMIN'];

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/** The staff session a token stands for, or null when it is no JWT with a subject and roles. */
export function readToken(token: string): StaffSession | null {
  try {
    const claims = decodeJwt(token);
    const roles = strings(claims.roles);
    if (!claims.sub || roles.length === 0) return null;
    return {
      token,
      subject: claims.sub,
      roles,
      areas: strings(claims.areas),
      expiresAt: typeof claims.exp === 'number' ? claims.exp * 1000 : null,
    };
  } catch {
    return null;
  }
}

/** True when the staff member's roles may read the staff-only fields (desk reviews, drafts). */
export function seesRestricted(staff: StaffSession | null): boolean {
  return !!staff?.roles.some((role) => RESTRICTED_READERS.includes(role));
}
