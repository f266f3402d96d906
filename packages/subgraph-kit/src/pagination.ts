import 'reflect-metadata';
import { Directive, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { ErrorCode, HubError } from './errors.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ObjectType({ description: 'Relay page information' })
@Directive('@shareable') // every subgraph that pages defines the same PageInfo
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds the Relay connection type `<Name>Connection` (with `<Name>Edge`) for a node type. */
export function ConnectionType<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class EdgeClass {
    @Field()
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} (Relay connection)` })
  class ConnectionClass implements Connection<T> {
    @Field(() => [EdgeClass])
    edges!: Edge<T>[];

    @Field(() => [node])
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many nodes match, over all pages' })
    totalCount!: number;
  }
  return ConnectionClass;
}

/** What a service needs to fetch one page with a keyset query: the key to start after and how many rows. */
export interface PageRequest {
  afterKey: string | null;
  /** The page size; fetch one row more to learn whether another page follows. */
  size: number;
}

const CURSOR_PREFIX = 'k:';

export function encodeCursor(key: string): string {
  return Buffer.from(CURSOR_PREFIX + key, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): string {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!decoded.startsWith(CURSOR_PREFIX) || encodeCursor(decoded.slice(CURSOR_PREFIX.length)) !== cursor) {
    throw new HubError(ErrorCode.INVALID_CURSOR, 'The cursor is not one this API issued', { argument: 'after', value: cursor });
  }
  return decoded.slice(CURSOR_PREFIX.length);
}

/** Validates `first`/`after`: `first` defaults to 20 and must be 1..100. */
export function pageRequest(first: number | null | undefined, after: string | null | undefined): PageRequest {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new HubError(ErrorCode.INVALID_PAGE_SIZE, `first must be between 1 and ${MAX_PAGE_SIZE}, got ${size}`, {
      argument: 'first',
      value: size,
      max: MAX_PAGE_SIZE,
    });
  }
  return { afterKey: after ? decodeCursor(after) : null, size };
}

/**
 * Turns the rows of a keyset query (at most `size + 1`, ordered by key) into a connection.
 * `hasPreviousPage` is true whenever the page started after a cursor.
 */
export function toConnection<T>(rows: T[], request: PageRequest, totalCount: number, keyOf: (row: T) => string): Connection<T> {
  const nodes = rows.slice(0, request.size);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    edges,
    nodes,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > request.size,
      hasPreviousPage: request.afterKey !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
