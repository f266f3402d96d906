import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

type Headers = Record<string, string>;

/** Variables may be left out only when the operation has no required variable. */
export type VariablesArgs<TVariables> =
  Record<string, never> extends TVariables
    ? [variables?: TVariables, headers?: Headers]
    : [variables: TVariables, headers?: Headers];

export interface GraphQLResponse<TData> {
  data?: TData | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/**
 * Sends an operation over HTTP, as a client of the gateway would. A generated document types the
 * variables and the result; a bare string (an operation the schema must reject, which codegen would
 * refuse to type) answers `unknown` data.
 */
export async function graphqlRequest<TData, TVariables>(
  url: string,
  document: TypedDocumentNode<TData, TVariables>,
  ...[variables, headers]: VariablesArgs<TVariables>
): Promise<GraphQLResponse<TData>>;
export async function graphqlRequest(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers?: Record<string, string>,
): Promise<GraphQLResponse<unknown>>;
export async function graphqlRequest(
  url: string,
  query: string | TypedDocumentNode<unknown, unknown>,
  variables?: unknown,
  headers?: Record<string, string>,
): Promise<GraphQLResponse<unknown>> {
  return send(url, query, variables, headers);
}

async function send(
  url: string,
  query: string | TypedDocumentNode<unknown, unknown>,
  variables: unknown,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<unknown>> {
  const text = typeof query === 'string' ? query : print(query);
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: text, variables }),
  });
  return (await response.json()) as GraphQLResponse<unknown>;
}

/** `graphqlRequest` bound to one endpoint, typed the same way. */
export interface GraphQLClient {
  <TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    ...[variables, headers]: VariablesArgs<TVariables>
  ): Promise<GraphQLResponse<TData>>;
  (query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<unknown>>;
}

/**
 * `url` may be a function, for a test file whose server starts in `beforeAll`. `defaultHeaders` go
 * with every request (a credential, or the caller token a subgraph test plays the gateway with).
 */
export function graphqlClient(url: string | (() => string), defaultHeaders?: () => Headers | Promise<Headers>): GraphQLClient {
  return async (query: string | TypedDocumentNode<unknown, unknown>, variables?: unknown, headers?: Record<string, string>) =>
    send(typeof url === 'string' ? url : url(), query, variables, { ...(await defaultHeaders?.()), ...headers });
}
