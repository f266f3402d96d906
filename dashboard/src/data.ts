import { useEffect, useState } from 'react';
import { useClient, type AnyVariables, type Client, type RequestPolicy, type TypedDocumentNode } from 'urql';

export interface ManyResult<T> {
  data?: T[];
  error?: Error;
  fetching: boolean;
  retry(): void;
}

/**
 * Runs `load` whenever `key` (the variables, serialized) changes, and once more on retry (then past
 * urql's cache); the result of a superseded key is dropped.
 */
function useLoad<T>(key: string, load: (client: Client, requestPolicy: RequestPolicy) => Promise<T[]>): ManyResult<T> {
  const client = useClient();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{ key: string; data?: T[]; error?: Error }>({ key: '' });
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for what `load` reads (a new closure every render)
  useEffect(() => {
    let cancelled = false;
    load(client, attempt > 0 ? 'network-only' : 'cache-first')
      .then((data) => !cancelled && setState({ key, data }))
      .catch((error: Error) => !cancelled && setState({ key, error }));
    return () => {
      cancelled = true;
    };
  }, [client, key, attempt]);
  const current = state.key === key;
  return {
    data: current ? state.data : undefined,
    error: current ? state.error : undefined,
    fetching: !current || (!state.data && !state.error),
    retry: () => setAttempt((n) => n + 1),
  };
}

/**
 * Runs one typed document once per set of variables (a series of years, say), in parallel, through
 * urql's client and cache: a series needs no server feature beyond the one-year query.
 */
export function useQueryEach<T, V extends AnyVariables>(document: TypedDocumentNode<T, V>, variablesList: V[]): ManyResult<T> {
  return useLoad(JSON.stringify(variablesList), async (client, requestPolicy) => {
    const results = await Promise.all(
      variablesList.map((variables) => client.query(document, variables, { requestPolicy }).toPromise()),
    );
    const failed = results.find((result) => result.error);
    if (failed?.error) throw failed.error;
    return results.map((result) => result.data as T);
  });
}

interface Page<N> {
  nodes: N[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** Reads every page of a Relay connection (at most 100 a page, as the graph allows), in order. */
export function useAllPages<T, V extends AnyVariables & { after?: string | null }, N>(
  document: TypedDocumentNode<T, V>,
  variables: V,
  connectionOf: (data: T) => Page<N> | null | undefined,
): ManyResult<N> {
  return useLoad(JSON.stringify(variables), async (client, requestPolicy) => {
    const nodes: N[] = [];
    let after: string | null | undefined;
    for (;;) {
      const result = await client.query(document, { ...variables, after } as V, { requestPolicy }).toPromise();
      if (result.error) throw result.error;
      const page = connectionOf(result.data as T);
      // A null connection comes with an error (an outage), which the check above has already thrown.
      if (!page) return nodes;
      nodes.push(...page.nodes);
      if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return nodes;
      after = page.pageInfo.endCursor;
    }
  });
}

/** The years the dashboard shows series for. */
export const SERIES_YEARS = [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];
export const CURRENT_YEAR = 2025;
