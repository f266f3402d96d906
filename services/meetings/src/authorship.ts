import type { EntityManager } from '@mikro-orm/core';
import { RequiresScopes, Role, type Caller } from '@housing-hub/subgraph-kit';
import { Field, ObjectType } from 'type-graphql';
import { isoInstant, query } from './sql.js';

/** Staff see who wrote a record; the public sees the record. */
export const STAFF = [Role.PEMDA, Role.BP3KP, Role.DIRECTORATE, Role.DATA_STEWARD];

/**
 * Who created and last changed a record (meetings and decisions). The columns are written and read in
 * SQL (`markAuthorship`, `authorshipColumns`); null for records seeded before authorship was kept.
 */
@ObjectType()
export abstract class Authored {
  @Field(() => String, { nullable: true, description: 'Who recorded it (token subject, `key:<id>`); staff only' })
  @RequiresScopes(...STAFF)
  createdBy?: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was recorded; staff only' })
  @RequiresScopes(...STAFF)
  createdAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Who changed it last (itself or what it holds); staff only' })
  @RequiresScopes(...STAFF)
  updatedBy?: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was changed last; staff only' })
  @RequiresScopes(...STAFF)
  updatedAt?: Date | null;
}

/** The authorship columns of a table alias, named as `toAuthorship` reads them. */
export const authorshipColumns = (alias: string) =>
  `${alias}.created_by as "createdBy", ${isoInstant(`${alias}.created_at`)} as "createdAt",
   ${alias}.updated_by as "updatedBy", ${isoInstant(`${alias}.updated_at`)} as "updatedAt"`;

export interface AuthorshipRow {
  createdBy: string | null;
  createdAt: string | null;
  updatedBy: string | null;
  updatedAt: string | null;
}

export const toAuthorship = (row: AuthorshipRow): Required<Authored> => ({
  createdBy: row.createdBy,
  createdAt: row.createdAt ? new Date(row.createdAt) : null,
  updatedBy: row.updatedBy,
  updatedAt: row.updatedAt ? new Date(row.updatedAt) : null,
});

/**
 * Stamps who created or last changed rows (`meeting` by id, `decision` by meeting): `created` sets
 * both authors, `updated` only the last one.
 */
export async function markAuthorship(
  em: EntityManager,
  table: 'meeting' | 'decision',
  keyColumn: 'id' | 'meeting_id',
  meetingId: string,
  actor: Caller,
  change: 'created' | 'updated',
): Promise<void> {
  const created = change === 'created' ? 'created_by = ?, created_at = now(), ' : '';
  await query(em, `update meetings.${table} set ${created}updated_by = ?, updated_at = now() where ${keyColumn} = ?::uuid`, [
    ...(change === 'created' ? [actor.id] : []),
    actor.id,
    meetingId,
  ]);
}
