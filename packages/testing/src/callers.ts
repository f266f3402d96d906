import { CALLER_HEADER, internalKey, signCallerToken, type Caller } from '@housing-hub/subgraph-kit';
import { graphqlClient, type GraphQLClient } from './graphql-client.js';

/** The internal secret subgraph tests share with their "gateway" (this helper). */
export const TEST_INTERNAL_SECRET = 'test-internal-secret-of-at-least-32-characters';

/** A staff caller with every right: what a subgraph test that writes sends, unless it tests rights. */
export const TEST_ADMIN: Caller = {
  id: 'test-admin',
  kind: 'staff',
  roles: ['ADMIN'],
  areas: [],
  agencyId: null,
  keyId: null,
  scopes: [],
};
export const TEST_ANONYMOUS: Caller = {
  id: 'anonymous',
  kind: 'anonymous',
  roles: ['PUBLIC'],
  areas: [],
  agencyId: null,
  keyId: null,
  scopes: [],
};

/** The header a gateway would send for this caller. */
export async function callerHeaders(caller: Caller = TEST_ADMIN, secret = TEST_INTERNAL_SECRET): Promise<Record<string, string>> {
  return { [CALLER_HEADER]: await signCallerToken(caller, internalKey(secret)) };
}

/** A client of a subgraph that plays the gateway on behalf of `caller`. */
export function subgraphClient(url: string | (() => string), caller: Caller = TEST_ADMIN): GraphQLClient {
  return graphqlClient(url, () => callerHeaders(caller));
}
