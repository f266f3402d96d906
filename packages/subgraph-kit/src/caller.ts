import { randomBytes } from 'node:crypto';
import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import { LRUCache } from 'lru-cache';

/** The roles of DOMAIN.md, from how the work is really split (see README, "Who may do what"). */
export const Role = {
  PUBLIC: 'PUBLIC',
  PARTNER: 'PARTNER',
  PEMDA: 'PEMDA',
  BP3KP: 'BP3KP',
  DIRECTORATE: 'DIRECTORATE',
  DATA_STEWARD: 'DATA_STEWARD',
  ADMIN: 'ADMIN',
} as const;
export type Role = (typeof Role)[keyof typeof Role];
export const ROLES = Object.values(Role) as Role[];

/**
 * Who is calling, as the gateway proved it. Services read it from the request context; it is built
 * only from a verified credential (gateway) or a verified caller token (subgraph), never from a
 * client-supplied header.
 */
export interface Caller {
  /** A stable id: the token's subject, `key:<id>` for a partner key, `anonymous` without credential. */
  id: string;
  kind: 'anonymous' | 'staff' | 'partner';
  roles: Role[];
  /** Kemendagri codes (province `52` or kab/kota `52.01`) the caller works for; empty = no area. */
  areas: string[];
  /** The agency the caller acts for (meetings' agency id), when known. */
  agencyId: string | null;
  /** The partner API key id, or the staff token's key id (`kid`), for the audit trail. */
  keyId: string | null;
  /** Extra scopes a partner key grants (`read`, `export`). */
  scopes: string[];
}

export const ANONYMOUS: Caller = Object.freeze({
  id: 'anonymous',
  kind: 'anonymous',
  roles: [Role.PUBLIC],
  areas: [],
  agencyId: null,
  keyId: null,
  scopes: [],
}) as Caller;

/**
 * The scopes a caller holds, as `@requiresScopes` names them: its roles and its key's scopes.
 * PUBLIC is everyone's; `authenticated` is anyone with a valid credential.
 */
export function scopesOf(caller: Caller): Set<string> {
  return new Set<string>([...caller.roles, ...caller.scopes, Role.PUBLIC]);
}

export function isAuthenticated(caller: Caller): boolean {
  return caller.kind !== 'anonymous';
}

/** The header that carries the gateway's caller token to subgraphs. */
export const CALLER_HEADER = 'x-hub-caller';

const CALLER_ISSUER = 'housing-hub-gateway';
const CALLER_AUDIENCE = 'housing-hub-subgraph';
/** Short enough that a leaked token is useless soon; long enough for the slowest subgraph fetch. */
export const CALLER_TOKEN_TTL_SECONDS = 60;

/** The internal secret as jose wants it; at least 32 bytes so HS256 is not brute-forceable. */
export function internalKey(secret: string): Uint8Array {
  if (Buffer.byteLength(secret) < 32) throw new Error('HUB_INTERNAL_SECRET must be at least 32 characters');
  return new TextEncoder().encode(secret);
}

export function generateInternalSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** Signs the caller for the subgraphs (HS256, internal secret, 60 s). */
export async function signCallerToken(caller: Caller, key: Uint8Array, ttlSeconds = CALLER_TOKEN_TTL_SECONDS): Promise<string> {
  return new SignJWT({
    kind: caller.kind,
    roles: caller.roles,
    areas: caller.areas,
    agency: caller.agencyId,
    kid: caller.keyId,
    scopes: caller.scopes,
  })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(caller.id)
    .setIssuer(CALLER_ISSUER)
    .setAudience(CALLER_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(key);
}

export class CallerTokenError extends Error {}

/** A claim that should be a list of strings, with anything else dropped. */
export const stringList = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/** Verifies a caller token (signature, issuer, audience, expiry); throws CallerTokenError otherwise. */
export async function verifyCallerToken(token: string, key: Uint8Array): Promise<Caller> {
  return (await verifyCallerTokenWithExpiry(token, key)).caller;
}

async function verifyCallerTokenWithExpiry(
  token: string,
  key: Uint8Array,
  now = Date.now(),
): Promise<{ caller: Caller; expiresAt?: number }> {
  try {
    const { payload } = await jwtVerify(token, key, {
      issuer: CALLER_ISSUER,
      audience: CALLER_AUDIENCE,
      algorithms: ['HS256'],
      currentDate: new Date(now),
    });
    const kind = payload.kind === 'staff' || payload.kind === 'partner' ? payload.kind : 'anonymous';
    const caller: Caller = {
      id: payload.sub ?? 'anonymous',
      kind,
      roles: stringList(payload.roles).filter((role): role is Role => (ROLES as string[]).includes(role)),
      areas: stringList(payload.areas),
      agencyId: typeof payload.agency === 'string' ? payload.agency : null,
      keyId: typeof payload.kid === 'string' ? payload.kid : null,
      scopes: stringList(payload.scopes),
    };
    return { caller, expiresAt: typeof payload.exp === 'number' ? payload.exp * 1000 : undefined };
  } catch (error) {
    if (error instanceof joseErrors.JOSEError) throw new CallerTokenError(`Invalid caller token (${error.code})`);
    throw new CallerTokenError('Invalid caller token');
  }
}

/** How many verified caller tokens a subgraph keeps: the gateway reuses one per caller for half its life. */
const VERIFIED_TOKENS_KEPT = 10_000;

/**
 * Verifies caller tokens for one internal key, keeping each verified token's caller until the
 * token expires (never past its `exp`; a token without one is verified every time). The gateway
 * sends the same token for all of a caller's requests for 30 s, and an HMAC check cost more than
 * a small query's resolvers. The cache is keyed by the whole token, signature included: a token
 * altered in any byte is verified afresh. Failures are not kept.
 */
export class CallerTokenVerifier {
  private readonly verified = new LRUCache<string, { caller: Promise<Caller>; expiresAt: number }>({ max: VERIFIED_TOKENS_KEPT });

  constructor(
    private readonly key: Uint8Array,
    private readonly now: () => number = Date.now,
  ) {}

  verify(token: string): Promise<Caller> {
    const held = this.verified.get(token);
    if (held && this.now() < held.expiresAt) return held.caller;
    // Until it settles, concurrent requests with this token share the one verification.
    const entry = { caller: Promise.resolve(ANONYMOUS), expiresAt: Infinity };
    entry.caller = verifyCallerTokenWithExpiry(token, this.key, this.now()).then(
      ({ caller, expiresAt }) => {
        entry.expiresAt = expiresAt ?? 0; // without `exp`: not kept
        return Object.freeze(caller); // shared by every request that sends this token
      },
      (error: unknown) => {
        if (this.verified.peek(token) === entry) this.verified.delete(token);
        throw error;
      },
    );
    this.verified.set(token, entry);
    return entry.caller;
  }
}

/** Roles that act nationally: no area binds them. */
const NATIONAL_ROLES: Role[] = [Role.DIRECTORATE, Role.DATA_STEWARD, Role.ADMIN];

export function actsNationally(caller: Caller): boolean {
  return caller.roles.some((role) => NATIONAL_ROLES.includes(role));
}

/**
 * Whether the caller works for this Kemendagri area: one of its areas is the code itself or contains
 * it (`52` covers `52.01`), or it acts nationally.
 */
export function coversArea(caller: Caller, areaCode: string): boolean {
  return actsNationally(caller) || caller.areas.some((area) => areaCode === area || areaCode.startsWith(`${area}.`));
}
