import { print, type DocumentNode } from 'graphql';

export interface GraphQLResponse<TData = any> {
  data?: TData | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** Sends an operation over HTTP, as a client of the gateway would. */
export async function graphqlRequest<TData = any, TVariables = Record<string, unknown>>(
  url: string,
  query: string | DocumentNode | { __apiType?: unknown },
  variables?: TVariables,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<TData>> {
  const text = typeof query === 'string' ? query : print(query as DocumentNode);
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: text, variables }),
  });
  return (await response.json()) as GraphQLResponse<TData>;
}
