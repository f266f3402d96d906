/**
 * The audit trail every write leaves, in the schema of the service that wrote, in the write's own
 * transaction (so a write that fails leaves no entry). Here only what both kits need: who acted, what
 * changed, the table and the insert; reading and serving it is the subgraph kit's.
 */

/** Who wrote: a verified caller (the subgraph kit's `Caller` is one), or a command-line or bench actor. */
export interface AuditActor {
  id: string;
  kind: string;
  roles: readonly string[];
  agencyId: string | null;
  keyId: string | null;
}

/** One change a write made: the operation (the mutation's name), the entity and its id, before and after. */
export interface AuditChange {
  operation: string;
  entity: string;
  entityId: string;
  /** The values before the write (null: it did not exist). */
  before?: unknown;
  /** The values after the write (null: it no longer exists). */
  after?: unknown;
}

/** An actor known only by name (the import command line, a benchmark, a seed): no role, no agency. */
export function namedActor(id: string, kind = 'system'): AuditActor {
  return { id, kind, roles: [], agencyId: null, keyId: null };
}

/** The table every service's migration creates in its schema; entries are read newest first. */
export function auditEntryTableSql(schema: string): string[] {
  return [
    `create table ${schema}.audit_entry (
      id bigint generated always as identity primary key,
      at timestamptz not null,
      actor_id varchar(200) not null,
      actor_kind varchar(20) not null,
      actor_roles text[] not null,
      agency_id varchar(64),
      key_id varchar(200),
      operation varchar(100) not null,
      entity varchar(100) not null,
      entity_id varchar(200) not null,
      before_value jsonb,
      after_value jsonb
    )`,
    `create index audit_entry_at_index on ${schema}.audit_entry (at desc, id desc)`,
    `create index audit_entry_actor_index on ${schema}.audit_entry (actor_id, at desc, id desc)`,
    `create index audit_entry_entity_index on ${schema}.audit_entry (entity, entity_id, at desc, id desc)`,
  ];
}

/**
 * The insert of a write's changes as one statement with one JSON parameter (`placeholder`: `?` for
 * MikroORM's execute, `$1` for a bind parameter). The instant is taken here, to the millisecond, the
 * precision the log's cursors carry.
 */
export function auditInsert(
  schema: string,
  actor: AuditActor,
  changes: readonly AuditChange[],
  placeholder: string,
): { sql: string; params: unknown[] } {
  const at = new Date().toISOString();
  const rows = changes.map((change) => ({
    at,
    actorId: actor.id,
    actorKind: actor.kind,
    roles: actor.roles,
    agencyId: actor.agencyId,
    keyId: actor.keyId,
    operation: change.operation,
    entity: change.entity,
    entityId: change.entityId,
    before: change.before ?? null,
    after: change.after ?? null,
  }));
  return {
    sql: `insert into ${schema}.audit_entry
        (at, actor_id, actor_kind, actor_roles, agency_id, key_id, operation, entity, entity_id, before_value, after_value)
      select (e->>'at')::timestamptz, e->>'actorId', e->>'actorKind', array(select json_array_elements_text(e->'roles')),
        e->>'agencyId', e->>'keyId', e->>'operation', e->>'entity', e->>'entityId',
        nullif((e->'before')::jsonb, 'null'::jsonb), nullif((e->'after')::jsonb, 'null'::jsonb)
      from json_array_elements(${placeholder}::json) as e`,
    params: [JSON.stringify(rows)],
  };
}
