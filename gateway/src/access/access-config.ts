import { identityProviderFromEnv, type ApiKeyLookup, type IdentityProvider } from './authenticate.js';
import { accessDirFromEnv, loadOrCreateLocalKeys, type LocalKeys } from './local-keys.js';

export interface AccessConfig {
  identity: IdentityProvider;
  internalSecret: string;
  /** The embedded hub's own keys, when no identity provider is configured (they sign `access token`). */
  localKeys: LocalKeys | null;
  /** Partner keys from elsewhere than the key owner's subgraph (tests: `() => null`, no key accepted). */
  apiKeys?: ApiKeyLookup;
}

/**
 * Production: `HUB_JWT_JWKS_URL`, `HUB_JWT_ISSUER`, `HUB_JWT_AUDIENCE` and `HUB_INTERNAL_SECRET`.
 * Embedded: keys and secret generated once in the access folder (`HUB_ACCESS_DIR`, default `.data/access`);
 * `HUB_INTERNAL_SECRET`, when set, still wins so that separately run subgraphs can share it.
 */
export async function accessConfigFromEnv(env: NodeJS.ProcessEnv = process.env): Promise<AccessConfig> {
  const provider = identityProviderFromEnv(env);
  const configuredSecret = env.HUB_INTERNAL_SECRET?.trim();
  if (provider) {
    if (!configuredSecret) throw new Error('With an identity provider (HUB_JWT_JWKS_URL), set HUB_INTERNAL_SECRET too');
    return { identity: provider, internalSecret: configuredSecret, localKeys: null };
  }
  const localKeys = await loadOrCreateLocalKeys(accessDirFromEnv(env));
  return {
    identity: { kind: 'local', keys: localKeys },
    internalSecret: configuredSecret || localKeys.internalSecret,
    localKeys,
  };
}
