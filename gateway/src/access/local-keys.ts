import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from 'jose';
import { generateInternalSecret, ROLES, type Role } from '@housing-hub/subgraph-kit';

/**
 * The embedded hub's own identity provider: an ES256 key pair and the internal secret, generated in
 * its access folder on first start and reused afterwards, so that `npm run access -- token` can sign
 * tokens the running hub accepts. Production uses an identity provider's JWKS instead.
 */
export const LOCAL_ISSUER = 'housing-hub-local';
export const DEFAULT_AUDIENCE = 'housing-hub';
const ALGORITHM = 'ES256';

export interface LocalKeys {
  kid: string;
  privateJwk: JWK;
  publicJwk: JWK;
  internalSecret: string;
}

/** `HUB_ACCESS_DIR`, else `.data/access` where npm was invoked (beside the default embedded database). */
export function accessDirFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env.HUB_ACCESS_DIR?.trim() || path.resolve(env.INIT_CWD ?? process.cwd(), '.data', 'access');
}

export async function generateLocalKeys(): Promise<LocalKeys> {
  const { privateKey, publicKey } = await generateKeyPair(ALGORITHM, { extractable: true });
  const kid = `local-${Date.now().toString(36)}`;
  return {
    kid,
    privateJwk: { ...(await exportJWK(privateKey)), kid, alg: ALGORITHM },
    publicJwk: { ...(await exportJWK(publicKey)), kid, alg: ALGORITHM },
    internalSecret: generateInternalSecret(),
  };
}

/** Reads the access folder's keys, generating them (owner-readable only) when absent. */
export async function loadOrCreateLocalKeys(dir: string): Promise<LocalKeys> {
  const file = path.join(dir, 'local-keys.json');
  try {
    return JSON.parse(await readFile(file, 'utf8')) as LocalKeys;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const keys = await generateLocalKeys();
  // `wx`: two processes starting at once keep the first one's keys.
  await writeFile(file, JSON.stringify(keys, null, 2), { mode: 0o600, flag: 'wx' }).catch(
    async (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    },
  );
  return JSON.parse(await readFile(file, 'utf8')) as LocalKeys;
}

export interface StaffTokenClaims {
  subject: string;
  roles: Role[];
  areas?: string[];
  agencyId?: string;
  /** jose duration, e.g. `1h`, `15m`. */
  ttl?: string;
}

/** Signs a staff token with the local key: what an identity provider would issue. */
export async function signStaffToken(keys: LocalKeys, claims: StaffTokenClaims, audience = DEFAULT_AUDIENCE): Promise<string> {
  for (const role of claims.roles)
    if (!(ROLES as string[]).includes(role)) throw new Error(`Unknown role ${role}; roles: ${ROLES.join(', ')}`);
  const key = await importJWK(keys.privateJwk, ALGORITHM);
  return new SignJWT({ roles: claims.roles, areas: claims.areas ?? [], ...(claims.agencyId ? { agency: claims.agencyId } : {}) })
    .setProtectedHeader({ alg: ALGORITHM, kid: keys.kid })
    .setSubject(claims.subject)
    .setIssuer(LOCAL_ISSUER)
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime(claims.ttl ?? '1h')
    .sign(key);
}
