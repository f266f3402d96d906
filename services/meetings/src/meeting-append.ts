import type { EntityManager } from '@mikro-orm/core';
import { ErrorCode, HubError, isUuid, type Caller } from '@housing-hub/subgraph-kit';
import { auditTrail } from './audit-trail.js';
import { markAuthorship } from './authorship.js';
import { isoDate, query } from './sql.js';

/** A list a meeting holds that writes append to, and the columns of it the audit trail keeps. */
export interface AppendableList {
  name: 'decisions' | 'followUps';
  table: 'decision' | 'follow_up';
  auditedColumns: string;
}

export const DECISIONS: AppendableList = {
  name: 'decisions',
  table: 'decision',
  auditedColumns: `id, position, text, regency_code as "regencyCode", proposal_id as "proposalId"`,
};

export const FOLLOW_UPS: AppendableList = {
  name: 'followUps',
  table: 'follow_up',
  auditedColumns: `id, position, label, description, owner_id as "ownerId", ${isoDate('due_date')} as "dueDate", status, version`,
};

/** Locks a meeting for a write that appends to it; NOT_FOUND when there is none. */
export async function lockMeeting(em: EntityManager, meetingId: string): Promise<void> {
  const rows = isUuid(meetingId)
    ? await query<{ id: string }>(em, `select id from meetings.meeting where id = ?::uuid for update`, [meetingId])
    : [];
  if (rows.length === 0)
    throw new HubError(ErrorCode.NOT_FOUND, `There is no meeting "${meetingId}"`, { argument: 'meetingId', value: meetingId });
}

/** One meeting's list, in order, as the audit trail keeps it. */
const auditedList = (em: EntityManager, list: AppendableList, meetingId: string) =>
  query<Record<string, unknown>>(
    em,
    `select ${list.auditedColumns} from meetings.${list.table} where meeting_id = ?::uuid order by position`,
    [meetingId],
  );

/**
 * Appends to a meeting's list in one transaction: locks the meeting (so two appends number their rows one after
 * the other), runs `write`, marks the meeting changed by `actor`, and audits the list before and after.
 */
export async function appendToMeeting(
  em: EntityManager,
  meetingId: string,
  list: AppendableList,
  operation: string,
  actor: Caller,
  write: (tx: EntityManager) => Promise<unknown>,
): Promise<void> {
  await em.transactional(async (tx) => {
    await lockMeeting(tx, meetingId);
    const before = await auditedList(tx, list, meetingId);
    await write(tx);
    await markAuthorship(tx, 'meeting', 'id', meetingId, actor, 'updated');
    await auditTrail.record(tx, actor, {
      operation,
      entity: 'Meeting',
      entityId: meetingId.toLowerCase(),
      before: { [list.name]: before },
      after: { [list.name]: await auditedList(tx, list, meetingId) },
    });
  });
}
