import { useMemo, type ReactNode } from 'react';
import { Client, Provider, cacheExchange, fetchExchange, mapExchange, type CombinedError } from 'urql';
import { useSession } from './session.js';

/** The hub refused the credential itself (HTTP 401), as opposed to one field the caller may not see. */
function refusedCredential(error: CombinedError): boolean {
  return (
    error.response?.status === 401 || error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED' && !e.path?.length)
  );
}

/**
 * One urql client per credential: signing in or out starts from an empty cache, so no answer read
 * with one set of rights is shown under another. A refused token (expired) signs out with the reason.
 */
export function GraphClientProvider({ children }: { children: ReactNode }) {
  const { staff, expire } = useSession();
  const token = staff?.token;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `expire` checks the token it is given; a client per token is the point
  const client = useMemo(
    () =>
      new Client({
        // POST to the hub that served the page (the gateway, or the dev server's proxy to it).
        url: '/graphql',
        preferGetMethod: false,
        fetchOptions: token ? { headers: { authorization: `Bearer ${token}` } } : undefined,
        exchanges: [
          mapExchange({
            onError(error) {
              if (token && refusedCredential(error)) expire(token, error.graphQLErrors[0]?.message ?? error.message);
            },
          }),
          cacheExchange,
          fetchExchange,
        ],
      }),
    [token],
  );
  return <Provider value={client}>{children}</Provider>;
}
