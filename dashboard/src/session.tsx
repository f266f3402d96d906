import { createContext, useContext, useRef, useState, type ReactNode } from 'react';
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

interface Session {
  staff: StaffSession | null;
  /** True when the staff member's roles may read the staff-only fields (desk reviews, drafts). */
  seesRestricted: boolean;
  /** Why the last session ended without the user signing out (the hub refused the token), if it did. */
  endedBecause: string | null;
  /** Signs in with a pasted token; returns false when it is not a staff token. */
  signIn(token: string): boolean;
  signOut(): void;
  /** Signs out because the hub refused `token`, if it is still the one in use. */
  expire(token: string, reason: string): void;
  dismissEnded(): void;
}

// The roles that `@requiresScopes` lets read Proposal.deskReviews and Meeting.deskReviews (and that
// see drafts of their areas); PUBLIC and PARTNER tokens read what the public reads.
const RESTRICTED_READERS = ['PEMDA', 'BP3KP', 'DIRECTORATE', 'DATA_STEWARD', 'ADMIN'];
// Per browser tab, gone when the tab closes: a pasted token should not outlive the visit.
const STORAGE_KEY = 'housing-hub.staff-token';

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

function storedSession(): StaffSession | null {
  try {
    const token = sessionStorage.getItem(STORAGE_KEY);
    return token ? readToken(token) : null;
  } catch {
    return null;
  }
}

function store(token: string | null) {
  try {
    if (token) sessionStorage.setItem(STORAGE_KEY, token);
    else sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage refused (private mode): the session lasts for this page only.
  }
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [staff, setStaff] = useState<StaffSession | null>(storedSession);
  const [endedBecause, setEndedBecause] = useState<string | null>(null);
  // The token in use now: a refusal that comes back for an older one (after a new sign-in) is stale.
  const current = useRef(staff?.token);
  current.current = staff?.token;
  const value: Session = {
    staff,
    seesRestricted: !!staff?.roles.some((role) => RESTRICTED_READERS.includes(role)),
    endedBecause,
    signIn(token) {
      const next = readToken(token.trim());
      if (!next) return false;
      store(next.token);
      setStaff(next);
      setEndedBecause(null);
      return true;
    },
    signOut() {
      store(null);
      setStaff(null);
    },
    expire(token, reason) {
      if (current.current !== token) return;
      current.current = undefined;
      store(null);
      setStaff(null);
      setEndedBecause(reason);
    },
    dismissEnded: () => setEndedBecause(null),
  };
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const context = useContext(SessionContext);
  if (!context) throw new Error('useSession outside SessionProvider');
  return context;
}
