import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { assertProvinceCode, ErrorCode, HubError, isUuid, type Caller } from '@housing-hub/subgraph-kit';
import { auditTrail } from './audit-trail.js';
import { appendToMeeting, FOLLOW_UPS } from './meeting-append.js';
import type { FollowUp } from './follow-up.entity.js';
import type { FollowUpStatusChange } from './follow-up-status-change.type.js';
import { FollowUpStatus } from './follow-up-status.enum.js';
import { COVERS_PROVINCE, MeetingService } from './meeting.service.js';
import { markAuthorship } from './authorship.js';
import { isoDate, isoInstant, jsonParam, query, recordsetParam } from './sql.js';
import { assertAgenciesExist, calendarDay, optionalText, requiredText } from './validation.js';

export interface NewFollowUp {
  label?: string | null;
  description: string;
  ownerId?: string | null;
  dueDate?: Date | string | null;
  status?: FollowUpStatus | null;
}

/** A new follow-up, checked, with its id: what both `recordMeeting` and `addFollowUps` write. */
export interface FollowUpRow {
  id: string;
  label: string | null;
  description: string;
  ownerId: string | null;
  dueDate: string | null;
  status: FollowUpStatus;
}

/** Checks a list of new follow-ups (texts, owners, dates) and turns it into rows; throws before anything is written. */
export async function prepareFollowUps(
  em: EntityManager,
  followUps: readonly NewFollowUp[],
  argument = 'followUps',
): Promise<FollowUpRow[]> {
  const rows = followUps.map((followUp, index) => ({
    id: randomUUID(),
    label: optionalText(followUp.label, `${argument}[${index}].label`, 20),
    description: requiredText(followUp.description, `${argument}[${index}].description`),
    ownerId: followUp.ownerId ?? null,
    dueDate: followUp.dueDate == null ? null : calendarDay(followUp.dueDate),
    status: followUp.status ?? FollowUpStatus.OPEN,
  }));
  await assertAgenciesExist(
    em,
    rows.flatMap((row, index) => (row.ownerId ? [{ id: row.ownerId, argument: `${argument}[${index}].ownerId` }] : [])),
  );
  return rows.map((row) => ({ ...row, ownerId: row.ownerId?.toLowerCase() ?? null }));
}

/** Inserts follow-ups after those a meeting already has (one statement). */
export async function insertFollowUps(em: EntityManager, meetingId: string, rows: readonly FollowUpRow[]): Promise<void> {
  if (rows.length === 0) return;
  await query(
    em,
    `insert into meetings.follow_up (id, meeting_id, position, label, description, owner_id, due_date, status, version)
     select f.id, ?::uuid, base.n + f.idx, f.label, f.description, f.owner_id, f.due_date, f.status, 1
     from json_to_recordset(?::json) as f(id uuid, idx int, label text, description text, owner_id uuid, due_date date, status text),
       (select coalesce(max(position), 0) as n from meetings.follow_up where meeting_id = ?::uuid) base`,
    [meetingId, recordsetParam(rows.map((row, index) => ({ ...row, idx: index + 1 }))), meetingId],
  );
}

/** The rules of follow-ups: adding them to a meeting, and changing their status under optimistic locking. */
export class FollowUpService {
  constructor(
    private readonly em: EntityManager,
    private readonly meetings = new MeetingService(em),
  ) {}

  /** Adds follow-ups to a meeting, all or none. */
  async addFollowUps(meetingId: string, followUps: readonly NewFollowUp[], actor: Caller): Promise<void> {
    if (followUps.length === 0)
      throw new HubError(ErrorCode.VALIDATION_FAILED, 'followUps must not be empty', { argument: 'followUps' });
    await appendToMeeting(this.em, meetingId, FOLLOW_UPS, 'addFollowUps', actor, async (tx) =>
      insertFollowUps(tx, meetingId.toLowerCase(), await prepareFollowUps(tx, followUps)),
    );
  }

  /**
   * Follow-ups still OPEN or IN_PROGRESS whose due date is before `asOf` (a calendar day), oldest
   * first; with a province, only those of meetings that covered it or any of its kab/kota.
   */
  async overdue(asOf: string, provinceCode: string | null): Promise<FollowUp[]> {
    if (provinceCode != null) assertProvinceCode(provinceCode);
    const params: unknown[] = [asOf];
    let covers = '';
    if (provinceCode != null) {
      covers = `and ${COVERS_PROVINCE.replaceAll('%P', '?')}`;
      params.push(provinceCode, provinceCode);
    }
    const rows = await query<Omit<FollowUp, 'updatedAt'> & { updatedAt: string }>(
      this.em,
      `select f.id, f.meeting_id as "meetingId", f.position, f.label, f.description, f.owner_id as "ownerId",
         ${isoDate('f.due_date')} as "dueDate", f.status, f.version, ${isoInstant('f.updated_at')} as "updatedAt"
       from meetings.follow_up f join meetings.meeting m on m.id = f.meeting_id
       where f.status in ('${FollowUpStatus.OPEN}', '${FollowUpStatus.IN_PROGRESS}') and f.due_date < ?::date ${covers}
       order by f.due_date, f.meeting_id, f.position`,
      params,
    );
    return rows.map((row) => ({ ...row, updatedAt: new Date(row.updatedAt) }));
  }

  /** The status changes of many follow-ups at once (one statement), oldest first. */
  async statusHistoryOf(ids: readonly string[]): Promise<FollowUpStatusChange[]> {
    const rows = await query<Omit<FollowUpStatusChange, 'at'> & { at: string }>(
      this.em,
      `select follow_up_id as "followUpId", from_status as "fromStatus", to_status as "toStatus", version, actor,
         ${isoInstant('at')} as at
       from meetings.follow_up_status_change
       where follow_up_id in (select value::uuid from json_array_elements_text(?::json)) order by follow_up_id, id`,
      [jsonParam(ids.filter(isUuid))],
    );
    return rows.map((row) => ({ ...row, at: new Date(row.at) }));
  }

  /**
   * Sets the status of a follow-up if it is still at the version the client read; a stale version
   * gets CONFLICT and changes nothing, so the first of two concurrent updates is kept.
   */
  async updateStatus(id: string, status: FollowUpStatus, expectedVersion: number, actor: Caller): Promise<FollowUp> {
    if (!isUuid(id)) throw new HubError(ErrorCode.NOT_FOUND, `There is no follow-up "${id}"`, { argument: 'id', value: id });
    if (!Number.isInteger(expectedVersion) || expectedVersion < 1) {
      throw new HubError(
        ErrorCode.VALIDATION_FAILED,
        'expectedVersion must be a positive integer (the version the client read)',
        {
          argument: 'expectedVersion',
          value: expectedVersion,
        },
      );
    }
    const updated = await this.em.transactional(async (tx) => {
      // The previous status, read under the row's lock: the history and the audit say what it was.
      const [previous] = await query<{ status: FollowUpStatus; version: number }>(
        tx,
        `select status, version from meetings.follow_up where id = ?::uuid and version = ? for update`,
        [id, expectedVersion],
      );
      if (!previous) return null;
      const [row] = await query<Omit<FollowUp, 'updatedAt'> & { updatedAt: string }>(
        tx,
        `update meetings.follow_up set status = ?, version = version + 1, updated_at = now()
         where id = ?::uuid and version = ?
         returning id, meeting_id as "meetingId", position, label, description, owner_id as "ownerId",
           ${isoDate('due_date')} as "dueDate", status, version, ${isoInstant('updated_at')} as "updatedAt"`,
        [status, id, expectedVersion],
      );
      await query(
        tx,
        `insert into meetings.follow_up_status_change (follow_up_id, from_status, to_status, version, actor, at)
         values (?::uuid, ?, ?, ?, ?, now())`,
        [id, previous.status, status, row!.version, actor.id],
      );
      await markAuthorship(tx, 'meeting', 'id', row!.meetingId, actor, 'updated');
      await auditTrail.record(tx, actor, {
        operation: 'updateFollowUpStatus',
        entity: 'FollowUp',
        entityId: row!.id,
        before: previous,
        after: { status: row!.status, version: row!.version },
      });
      return row!;
    });
    if (updated) return { ...updated, updatedAt: new Date(updated.updatedAt) };
    const [current] = await this.meetings.followUpsByIds([id]);
    if (!current) throw new HubError(ErrorCode.NOT_FOUND, `There is no follow-up "${id}"`, { argument: 'id', value: id });
    throw new HubError(
      ErrorCode.CONFLICT,
      `The follow-up was changed since version ${expectedVersion} was read: it is at version ${current.version} (${current.status}); read it again`,
      { argument: 'expectedVersion', expectedVersion, currentVersion: current.version, currentStatus: current.status },
    );
  }
}
