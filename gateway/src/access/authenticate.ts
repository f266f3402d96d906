import type { IncomingHttpHeaders } from 'node:http';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  errors as joseErrors,
  jwtVerify,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';
import { ANONYMOUS, HubError, ROLES, stringList, unauthenticated, type Caller, type Role } from '@housing-hub/subgraph-kit';
import { DEFAULT_AUDIENCE, LOCAL_ISSUER, type LocalKeys } from './local-keys.js';

/** Where staff tokens come from: the embedded hub's own key, or an identity provider's JWKS. */
export type IdentityProvider =
  | { kind: 'local'; keys: LocalKeys; audience?: string }
  | { kind: 'jwks'; jwksUrl: string; issuer: string; audience: string };

/** `HUB_JWT_JWKS_URL` + `HUB_JWT_ISSUER` + `HUB_JWT_AUDIENCE`, when an identity provider is configured. */
export function identityProviderFromEnv(env: NodeJS.ProcessEnv = process.env): IdentityProvider | null {
  const jwksUrl = env.HUB_JWT_JWKS_URL?.trim();
  if (!jwksUrl) return null;
  const issuer = env.HUB_JWT_ISSUER?.trim();
  const audience = env.HUB_JWT_AUDIENCE?.trim();
  if (!issuer || !audience) throw new Error('HUB_JWT_JWKS_URL needs HUB_JWT_ISSUER and HUB_JWT_AUDIENCE');
  return { kind: 'jwks', jwksUrl, issuer, audience };
}

/**
 * A partner key the gateway knows (see api-keys); `null` when the key is unknown, revoked or expired. A
 * promise when the key set must be refreshed before it can answer.
 */
export type ApiKeyLookup = (key: string) => Caller | null | Promise<Caller | null>;

export interface Authenticator {
  /** The caller behind a request's credential; ANONYMOUS without one; throws UNAUTHENTICATED (401) for a bad one. */
  authenticate(headers: IncomingHttpHeaders): Promise<Caller>;
}

function staffCaller(payload: JWTPayload, keyId: string | undefined): Caller {
  if (!payload.sub) throw unauthenticated('The token has no subject');
  const roles = stringList(payload.roles).filter((role): role is Role => (ROLES as string[]).includes(role));
  if (roles.length === 0) throw unauthenticated(`The token carries no known role (${ROLES.join(', ')})`);
  return {
    id: payload.sub,
    kind: 'staff',
    roles,
    areas: stringList(payload.areas),
    agencyId: typeof payload.agency === 'string' ? payload.agency : null,
    keyId: keyId ?? null,
    scopes: [],
  };
}

/** How long a verified token is trusted without a new signature check, and how many are kept (oldest dropped first). */
const VERIFIED_TTL_MS = 60_000;
const VERIFIED_MAX_TOKENS = 10_000;

export function createAuthenticator(provider: IdentityProvider, apiKeys?: ApiKeyLookup): Authenticator {
  const keySet: JWTVerifyGetKey =
    provider.kind === 'local'
      ? createLocalJWKSet({ keys: [provider.keys.publicJwk] })
      : createRemoteJWKSet(new URL(provider.jwksUrl));
  const issuer = provider.kind === 'local' ? LOCAL_ISSUER : provider.issuer;
  const audience = provider.audience ?? DEFAULT_AUDIENCE;

  // A token verified once is the same token on its next request: keep its caller until the token
  // expires (at most VERIFIED_TTL_MS, so a key the provider withdraws stops counting soon), instead of
  // checking its ES256/RS256 signature again on every request.
  const verified = new Map<string, { caller: Caller; until: number }>();

  async function verifyBearer(token: string): Promise<Caller> {
    const known = verified.get(token);
    if (known && known.until > Date.now()) return known.caller;
    if (known) verified.delete(token);
    try {
      const { payload, protectedHeader } = await jwtVerify(token, keySet, { issuer, audience });
      const caller = staffCaller(payload, protectedHeader.kid);
      const until = Math.min(Date.now() + VERIFIED_TTL_MS, payload.exp ? payload.exp * 1000 : 0);
      if (until > Date.now()) {
        if (verified.size >= VERIFIED_MAX_TOKENS) verified.delete(verified.keys().next().value!);
        verified.set(token, { caller, until });
      }
      return caller;
    } catch (error) {
      if (error instanceof HubError) throw error;
      const reason =
        error instanceof joseErrors.JWTExpired ? 'expired' : error instanceof joseErrors.JOSEError ? error.code : 'unreadable';
      throw unauthenticated(`The bearer token is not valid (${reason})`);
    }
  }

  return {
    async authenticate(headers) {
      const authorization = headers.authorization;
      const apiKey = headers['x-api-key'];
      if (authorization !== undefined) {
        const match = /^Bearer\s+(\S+)$/i.exec(authorization);
        if (!match) throw unauthenticated('Authorization must be "Bearer <token>"');
        return verifyBearer(match[1]!);
      }
      if (typeof apiKey === 'string') {
        const caller = (await apiKeys?.(apiKey)) ?? null;
        if (!caller) throw unauthenticated('The API key is unknown, revoked or expired');
        return caller;
      }
      return ANONYMOUS;
    },
  };
}
