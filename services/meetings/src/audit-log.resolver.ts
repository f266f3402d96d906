import {
  AUDIT_READERS,
  AuditEntry,
  AuditLogFilter,
  AuditSlice,
  auditLogRequest,
  decodeAuditLogId,
  encodeAuditLogId,
  ErrorCode,
  HubError,
  mergeAuditSlices,
  PageInfo,
  RequiresScopes,
  type AuditLogRequest,
  type Edge,
} from '@housing-hub/subgraph-kit';
import type { EntityManager } from '@mikro-orm/core';
import { Arg, Directive, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { auditTrail } from './audit-trail.js';
import type { MeetingsContext } from './meetings.context.js';

/** The services whose slices meetings merges with its own (each adds `<service>Audit` to the connection). */
const OTHER_SERVICES = ['regions', 'programs'] as const;
const SLICE_SELECTION =
  'totalCount entries { id at service actorId actorKind actorRoles agencyId keyId operation entity entityId before after }';
const REQUIRES_SLICES = `@requires(fields: "${OTHER_SERVICES.map((service) => `${service}Audit { ${SLICE_SELECTION} }`).join(' ')}")`;

@ObjectType('AuditEntryEdge')
export class AuditEntryEdge {
  @Field()
  cursor!: string;

  @Field(() => AuditEntry)
  node!: AuditEntry;
}

/**
 * A page of the audit log over the three services, newest first. An entity keyed by the request
 * itself: regions and programs resolve their slices of it, and the fields below `@requires` them.
 */
@ObjectType('AuditLogConnection', { description: 'A page of audit entries of every service, newest first (Relay connection)' })
@Directive('@key(fields: "id")')
export class AuditLogConnection {
  @Field(() => ID, { description: 'Identifies the page (its filter, size and cursor)' })
  id!: string;

  @Field(() => AuditSlice, { nullable: true })
  @Directive('@external')
  regionsAudit?: AuditSlice | null;

  @Field(() => AuditSlice, { nullable: true })
  @Directive('@external')
  programsAudit?: AuditSlice | null;

  @Field(() => [AuditEntryEdge])
  @Directive(REQUIRES_SLICES)
  @RequiresScopes(...AUDIT_READERS)
  edges!: Edge<AuditEntry>[];

  @Field(() => [AuditEntry])
  @Directive(REQUIRES_SLICES)
  @RequiresScopes(...AUDIT_READERS)
  nodes!: AuditEntry[];

  @Field(() => PageInfo)
  @Directive(REQUIRES_SLICES)
  @RequiresScopes(...AUDIT_READERS)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many entries match, over all pages' })
  @Directive(REQUIRES_SLICES)
  @RequiresScopes(...AUDIT_READERS)
  totalCount!: number;
}

@Resolver()
export class AuditLogResolver {
  @Query(() => AuditLogConnection, {
    nullable: true,
    description:
      'Every write of the hub, newest first: who (subject, kind, roles, agency, key), when, which operation, the entity, ' +
      'its values before and after. Filter by actor, entity, entity id and time; `after` takes an edge cursor.',
  })
  @RequiresScopes(...AUDIT_READERS)
  auditLog(
    @Arg('filter', () => AuditLogFilter, { nullable: true }) filter: AuditLogFilter | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): AuditLogConnection {
    return { id: encodeAuditLogId(auditLogRequest(filter, first, after)) } as AuditLogConnection;
  }
}

/** Merges the other services' slices (brought by `@requires`) with meetings' own. */
async function mergedPage(em: EntityManager, id: string, representation: Partial<AuditLogConnection>) {
  const request: AuditLogRequest = decodeAuditLogId(id);
  const others = OTHER_SERVICES.map((service) => {
    const slice = representation[`${service}Audit`];
    // A service that could not answer makes the page unknowable: no page rather than a silently short one.
    if (!slice) throw new HubError(ErrorCode.SUBGRAPH_UNAVAILABLE, `The ${service} part of the audit log is unavailable`);
    return slice;
  });
  return mergeAuditSlices(request, [await auditTrail.slice(em, request), ...others]);
}

export const auditLogReference = {
  async __resolveReference(representation: Partial<AuditLogConnection> & { id: string }, { em }: MeetingsContext) {
    const hasSlices = OTHER_SERVICES.some((service) => `${service}Audit` in representation);
    if (!hasSlices) return representation;
    return { ...representation, ...(await mergedPage(em, representation.id, representation)) };
  },
};
