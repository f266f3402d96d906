import 'reflect-metadata';
import type { EntityManager } from '@mikro-orm/core';
import { auditInsert, type AuditActor, type AuditChange } from '@housing-hub/database';
import { GraphQLScalarType } from 'graphql';
import { JSONResolver } from 'graphql-scalars';
import {
  Ctx,
  Directive,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  ObjectType,
  Resolver,
  Root,
  type ClassType,
} from 'type-graphql';
import type { Caller } from './caller.js';
import { Role } from './caller.js';
import type { ReferenceResolver } from './context.js';
import { ErrorCode, HubError } from './errors.js';
import { decodeCursor, encodeCursor, pageRequest, type Connection } from './pagination.js';
import { RequiresScopes } from './rights.js';

/*
 * The audit log, served over three schemas without SQL across them. Each service writes its entries
 * into its own `audit_entry` (`AuditTrail.record`, in the write's transaction). `Query.auditLog`
 * (meetings) returns an `AuditLogConnection` entity whose key encodes the request; regions and
 * programs each resolve an internal slice of it (their newest matching entries after the cursor), and
 * meetings' connection fields `@requires` those slices, merging them with its own: the gateway plans
 * the fan-out, no subgraph calls another, and each slice is one indexed query.
 */

/** Who may read the audit log (ADMIN always may). */
export const AUDIT_READERS = [Role.DATA_STEWARD] as const;

/** Any JSON value: an entry's values before and after. */
export const JSONScalar = new GraphQLScalarType({ ...JSONResolver.toConfig(), name: 'JSON' });

@ObjectType({ description: 'One change a write made: who, when, which operation, the entity, before and after' })
@Directive('@shareable')
export class AuditEntry {
  @Field(() => ID, { description: 'Unique over the hub: the service and its entry number' })
  id!: string;

  @Field({ description: 'When the write committed its change (to the millisecond)' })
  at!: Date;

  @Field({ description: 'The service (subgraph) that holds the entity' })
  service!: string;

  @Field(() => ID, {
    description: 'Who wrote: the token subject, `key:<id>` for a partner key, `cli:<user>` for the command line',
  })
  actorId!: string;

  @Field({ description: 'staff, partner, or system (command line)' })
  actorKind!: string;

  @Field(() => [String])
  actorRoles!: string[];

  @Field(() => ID, { nullable: true, description: 'The agency the actor acted for' })
  agencyId!: string | null;

  @Field(() => String, { nullable: true, description: 'The partner key id, or the staff token key id' })
  keyId!: string | null;

  @Field({ description: 'The operation, e.g. the mutation name `transitionProposal`' })
  operation!: string;

  @Field({ description: 'The kind of entity changed, e.g. `Proposal`, `FollowUp`, `ImportBatch`' })
  entity!: string;

  @Field(() => ID)
  entityId!: string;

  @Field(() => JSONScalar, { nullable: true, description: 'Its values before the write; null: it did not exist' })
  before!: unknown;

  @Field(() => JSONScalar, { nullable: true, description: 'Its values after the write' })
  after!: unknown;
}

@ObjectType({ description: "One service's share of an audit log page (internal: the gateway merges them)" })
@Directive('@shareable')
@Directive('@inaccessible')
export class AuditSlice {
  @Field(() => [AuditEntry])
  entries!: AuditEntry[];

  @Field(() => Int)
  totalCount!: number;
}

@InputType({ description: 'Which audit entries: every condition given must hold' })
export class AuditLogFilter {
  @Field(() => ID, { nullable: true })
  actorId?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. `Proposal`' })
  entity?: string | null;

  @Field(() => ID, { nullable: true })
  entityId?: string | null;

  @Field(() => Date, { nullable: true, description: 'At or after this instant' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Before this instant' })
  to?: Date | null;
}

/** Where a page starts: after the entry with this instant, service and number (newest first). */
interface AuditPosition {
  at: string;
  service: string;
  seq: number;
}

/** One page of the audit log as every service reads it, carried in the connection's key. */
export interface AuditLogRequest {
  filter: { actorId: string | null; entity: string | null; entityId: string | null; from: string | null; to: string | null };
  size: number;
  after: AuditPosition | null;
}

const positionKey = (entry: Pick<AuditEntry, 'at' | 'service' | 'id'>) =>
  JSON.stringify([new Date(entry.at).toISOString(), entry.service, Number(entry.id.split(':')[1])]);

/** Checks `filter`, `first`, `after` (INVALID_PAGE_SIZE, INVALID_CURSOR) and returns the request. */
export function auditLogRequest(
  filter: AuditLogFilter | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
): AuditLogRequest {
  const page = pageRequest(first, after);
  let position: AuditPosition | null = null;
  if (page.afterKey !== null) {
    const [at, service, seq] = JSON.parse(page.afterKey) as [string, string, number];
    position = { at, service, seq };
  }
  const instant = (value: Date | null | undefined, argument: string) => {
    if (value == null) return null;
    if (Number.isNaN(value.getTime()))
      throw new HubError(ErrorCode.VALIDATION_FAILED, `${argument} is not an instant`, { argument });
    return value.toISOString();
  };
  return {
    filter: {
      actorId: filter?.actorId ?? null,
      entity: filter?.entity ?? null,
      entityId: filter?.entityId ?? null,
      from: instant(filter?.from, 'filter.from'),
      to: instant(filter?.to, 'filter.to'),
    },
    size: page.size,
    after: position,
  };
}

/** The connection's key: the request itself, so that every service reads the same page. */
export const encodeAuditLogId = (request: AuditLogRequest): string =>
  Buffer.from(JSON.stringify(request), 'utf8').toString('base64url');

export function decodeAuditLogId(id: string): AuditLogRequest {
  try {
    const request = JSON.parse(Buffer.from(id, 'base64url').toString('utf8')) as AuditLogRequest;
    if (typeof request.size === 'number' && typeof request.filter === 'object') return request;
  } catch {
    // refused below
  }
  throw new HubError(ErrorCode.VALIDATION_FAILED, 'Not an audit log page id', { argument: 'id' });
}

interface AuditRow {
  id: string;
  at: string;
  actor_id: string;
  actor_kind: string;
  actor_roles: string[] | string;
  agency_id: string | null;
  key_id: string | null;
  operation: string;
  entity: string;
  entity_id: string;
  before_value: unknown;
  after_value: unknown;
}

/** PGlite and pg hand back arrays and JSON alike, but be liberal about a text form. */
const textArray = (value: string[] | string): string[] =>
  Array.isArray(value)
    ? value
    : value
        .replace(/^\{|\}$/g, '')
        .split(',')
        .filter(Boolean);
const jsonValue = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);

/** A service's audit trail: the one call each write makes, and the reads of its entries. */
export class AuditTrail {
  /** `service` is also the schema the entries live in. */
  constructor(readonly service: string) {}

  /**
   * Records a write's changes. Must run on the write's transaction (`em` inside `em.transactional`):
   * the entries commit with the write or not at all.
   */
  async record(em: EntityManager, actor: AuditActor | Caller, ...changes: AuditChange[]): Promise<void> {
    if (changes.length === 0) return;
    if (!em.getTransactionContext()) throw new Error('AuditTrail.record must run inside the write transaction');
    const { sql, params } = auditInsert(this.service, actorOf(actor), changes, '?');
    await em.getConnection().execute(sql, params, 'run', em.getTransactionContext());
  }

  /** This service's newest entries of the request's page (one more than its size) and how many match in all. */
  async slice(em: EntityManager, request: AuditLogRequest): Promise<AuditSlice> {
    const conditions: string[] = [];
    const params: unknown[] = [];
    const where = (sql: string, ...values: unknown[]) => {
      conditions.push(sql);
      params.push(...values);
    };
    const { filter, after } = request;
    if (filter.actorId != null) where('actor_id = ?', filter.actorId);
    if (filter.entity != null) where('entity = ?', filter.entity);
    if (filter.entityId != null) where('entity_id = ?', filter.entityId);
    if (filter.from != null) where('at >= ?::timestamptz', filter.from);
    if (filter.to != null) where('at < ?::timestamptz', filter.to);
    const counted = [...conditions];
    const countParams = [...params];
    if (after) {
      // Newest first by (at, service, number): after the cursor means "less than" it in that order.
      if (this.service < after.service) where('at <= ?::timestamptz', after.at);
      else if (this.service > after.service) where('at < ?::timestamptz', after.at);
      else where('(at, id) < (?::timestamptz, ?)', after.at, after.seq);
    }
    const whereSql = (list: string[]) => (list.length > 0 ? ` where ${list.join(' and ')}` : '');
    const connection = em.getConnection();
    const [rows, [count]] = await Promise.all([
      connection.execute<AuditRow[]>(
        `select id::text as id, to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at, actor_id, actor_kind,
           actor_roles, agency_id, key_id, operation, entity, entity_id, before_value, after_value
         from ${this.service}.audit_entry${whereSql(conditions)} order by at desc, id desc limit ?`,
        [...params, request.size + 1],
        'all',
      ),
      connection.execute<{ count: number }[]>(
        `select count(*)::int as count from ${this.service}.audit_entry${whereSql(counted)}`,
        countParams,
        'all',
      ),
    ]);
    return {
      totalCount: Number(count?.count ?? 0),
      entries: (rows as AuditRow[]).map((row) => ({
        id: `${this.service}:${row.id}`,
        at: new Date(row.at),
        service: this.service,
        actorId: row.actor_id,
        actorKind: row.actor_kind,
        actorRoles: textArray(row.actor_roles),
        agencyId: row.agency_id,
        keyId: row.key_id,
        operation: row.operation,
        entity: row.entity,
        entityId: row.entity_id,
        before: jsonValue(row.before_value),
        after: jsonValue(row.after_value),
      })),
    };
  }
}

function actorOf(actor: AuditActor | Caller): AuditActor {
  return { id: actor.id, kind: actor.kind, roles: actor.roles, agencyId: actor.agencyId, keyId: actor.keyId };
}

/**
 * Merges the services' slices of one page, newest first (ties: service, then number, both descending),
 * into a Relay connection. Each slice holds one more entry than the page, so a next page is known.
 */
export function mergeAuditSlices(request: AuditLogRequest, slices: readonly AuditSlice[]): Connection<AuditEntry> {
  const order = (entry: AuditEntry) => JSON.parse(positionKey(entry)) as [string, string, number];
  const all = slices
    .flatMap((slice) => slice.entries)
    .map((entry) => ({ ...entry, at: new Date(entry.at) }))
    .sort((a, b) => {
      const [atA, serviceA, seqA] = order(a);
      const [atB, serviceB, seqB] = order(b);
      if (atA !== atB) return atA < atB ? 1 : -1;
      if (serviceA !== serviceB) return serviceA < serviceB ? 1 : -1;
      return seqB - seqA;
    });
  const nodes = all.slice(0, request.size);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(positionKey(node)), node }));
  return {
    edges,
    nodes,
    totalCount: slices.reduce((sum, slice) => sum + slice.totalCount, 0),
    pageInfo: {
      hasNextPage: all.length > request.size,
      hasPreviousPage: request.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** The cursor of an entry, for tests and clients that resume after one. */
export const auditCursor = (entry: Pick<AuditEntry, 'at' | 'service' | 'id'>) => encodeCursor(positionKey(entry));
export { decodeCursor as decodeAuditCursor };

/**
 * What a service that does not serve `auditLog` itself adds to the graph: the `AuditLogConnection`
 * entity (by its key) with one internal field, `<service>Audit`, its slice of the page.
 */
export function auditSliceOwner(trail: AuditTrail): {
  type: ClassType;
  resolver: ClassType;
  reference: ReferenceResolver<{ id: string }, unknown>;
} {
  @ObjectType('AuditLogConnection')
  @Directive('@key(fields: "id")')
  class AuditLogPage {
    @Field(() => ID)
    id!: string;
  }

  @Resolver(() => AuditLogPage)
  class AuditSliceResolver {
    @FieldResolver(() => AuditSlice, { name: `${trail.service}Audit`, nullable: true })
    @Directive('@inaccessible')
    @RequiresScopes(...AUDIT_READERS)
    slice(@Root() page: AuditLogPage, @Ctx() { em }: { em: EntityManager }): Promise<AuditSlice> {
      return trail.slice(em, decodeAuditLogId(page.id));
    }
  }

  return { type: AuditLogPage, resolver: AuditSliceResolver, reference: { __resolveReference: (reference) => reference } };
}
