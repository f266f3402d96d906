import { createContext, useContext, useRef, useState, type ReactNode } from 'react';
import { readToken, seesRestricted, type StaffSession } from './staff-token.js';

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

// Per browser tab, gone when the tab closes: a pasted token should not outlive the visit.
const STORAGE_KEY = 'housing-hub.staff-token';

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
    seesRestricted: seesRestricted(staff),
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
