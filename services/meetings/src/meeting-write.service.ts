import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import {
  assertKnownProvinces,
  assertKnownRegencies,
  assertUuid,
  ErrorCode,
  HubError,
  type Caller,
} from '@housing-hub/subgraph-kit';
import { auditTrail } from './audit-trail.js';
import { markAuthorship } from './authorship.js';
import type { AgencyKind } from './agency-kind.enum.js';
import type { FollowUpStatus } from './follow-up-status.enum.js';
import { prepareFollowUps, type FollowUpRow } from './follow-up.service.js';
import { appendToMeeting, DECISIONS } from './meeting-append.js';
import type { AttendanceMode } from './attendance-mode.enum.js';
import type { MeetingKind } from './meeting-kind.enum.js';
import { insertRecordset, query, recordsetParam } from './sql.js';
import { assertAgenciesExist, assertTimeZone, localDay, optionalText, requiredText } from './validation.js';

/** A meeting with everything it holds, every id resolved: what both the seed and `recordMeeting` write. */
export interface MeetingRecord {
  id: string;
  title: string;
  kind: MeetingKind;
  /** ISO 8601 instants. */
  startsAt: string;
  endsAt: string | null;
  startsOn: string;
  timeZone: string;
  venue: string | null;
  mode: AttendanceMode;
  organizerId: string;
  modeled: boolean;
  source: string | null;
  provinceCodes: string[];
  regencyCodes: string[];
  participants: { id: string; agencyId: string; mode: AttendanceMode | null; role: string | null }[];
  agenda: {
    id: string;
    title: string;
    description: string | null;
    speakerName: string | null;
    speakerRole: string | null;
    speakerAgencyId: string | null;
  }[];
  decisions: { id: string; text: string; regencyCode: string | null; proposalId: string | null }[];
  recommendations: { id: string; label: string | null; text: string }[];
  followUps: FollowUpRow[];
  notes: string[];
}

export interface AgencyRecord {
  id: string;
  name: string;
  shortName: string | null;
  kind: AgencyKind;
  provinceCode: string | null;
  regencyCode: string | null;
  parentId: string | null;
  coveredProvinceCodes: string[];
}

/**
 * Writes meetings set-based: one statement per table whatever the number of meetings (the seed
 * writes a hundred at once). Rows that exist already (same id) are left as they are.
 */
export async function insertMeetings(
  em: EntityManager,
  meetings: readonly MeetingRecord[],
  options: { skipExisting: boolean } = { skipExisting: true },
): Promise<void> {
  if (meetings.length === 0) return;
  // Each list's rows with their meeting and place in it, and the columns that hold those.
  const rowsOf = (pick: (m: MeetingRecord) => object[]) =>
    meetings.flatMap((m) => pick(m).map((row, index) => ({ ...row, meetingId: m.id, position: index + 1 })));
  const listed = { meeting_id: 'uuid', position: 'int' };
  // The lists a meeting holds ride along unread: the statements below write them.
  await insertRecordset(
    em,
    'meetings.meeting',
    {
      id: 'uuid',
      title: 'text',
      kind: 'text',
      starts_at: 'timestamptz',
      ends_at: 'timestamptz',
      starts_on: 'date',
      time_zone: 'text',
      venue: 'text',
      mode: 'text',
      organizer_id: 'uuid',
      modeled: 'boolean',
      source: 'text',
    },
    meetings,
    options.skipExisting ? 'on conflict (id) do nothing' : '',
  );
  await insertRecordset(
    em,
    'meetings.meeting_province',
    { meeting_id: 'uuid', province_code: 'text' },
    rowsOf((m) => m.provinceCodes.map((provinceCode) => ({ provinceCode }))),
  );
  await insertRecordset(
    em,
    'meetings.meeting_regency',
    { meeting_id: 'uuid', regency_code: 'text' },
    rowsOf((m) => m.regencyCodes.map((regencyCode) => ({ regencyCode }))),
  );
  await insertRecordset(
    em,
    'meetings.participant',
    { id: 'uuid', ...listed, agency_id: 'uuid', mode: 'text', role: 'text' },
    rowsOf((m) => m.participants),
  );
  await insertRecordset(
    em,
    'meetings.agenda_item',
    {
      id: 'uuid',
      ...listed,
      title: 'text',
      description: 'text',
      speaker_name: 'text',
      speaker_role: 'text',
      speaker_agency_id: 'uuid',
    },
    rowsOf((m) => m.agenda),
  );
  await insertRecordset(
    em,
    'meetings.decision',
    { id: 'uuid', ...listed, text: 'text', regency_code: 'text', proposal_id: 'uuid' },
    rowsOf((m) => m.decisions),
  );
  await insertRecordset(
    em,
    'meetings.recommendation',
    { id: 'uuid', ...listed, label: 'text', text: 'text' },
    rowsOf((m) => m.recommendations),
  );
  // A new follow-up starts at version 1 (the column's default).
  await insertRecordset(
    em,
    'meetings.follow_up',
    { id: 'uuid', ...listed, label: 'text', description: 'text', owner_id: 'uuid', due_date: 'date', status: 'text' },
    rowsOf((m) => m.followUps),
  );
  await insertRecordset(
    em,
    'meetings.meeting_note',
    { ...listed, text: 'text' },
    rowsOf((m) => m.notes.map((text) => ({ text }))),
  );
}

/** Writes agencies and the provinces each covers (set-based; existing ids are left as they are). */
export async function insertAgencies(em: EntityManager, agencies: readonly AgencyRecord[]): Promise<void> {
  if (agencies.length === 0) return;
  // Parents first: a parent must exist before the agencies that point at it.
  const ordered = [...agencies].sort((a, b) => Number(a.parentId !== null) - Number(b.parentId !== null));
  await insertRecordset(
    em,
    'meetings.agency',
    {
      id: 'uuid',
      name: 'text',
      short_name: 'text',
      kind: 'text',
      province_code: 'text',
      regency_code: 'text',
      parent_id: 'uuid',
    },
    ordered,
    'on conflict (id) do nothing',
  );
  await insertRecordset(
    em,
    'meetings.agency_coverage',
    { agency_id: 'uuid', province_code: 'text' },
    agencies.flatMap((a) => a.coveredProvinceCodes.map((provinceCode) => ({ agencyId: a.id, provinceCode }))),
  );
}

export interface RecordMeetingCommand {
  id?: string | null;
  title: string;
  kind: MeetingKind;
  startsAt: Date;
  endsAt?: Date | null;
  timeZone?: string | null;
  venue?: string | null;
  mode: AttendanceMode;
  organizerId: string;
  provinceCodes?: string[] | null;
  regencyCodes?: string[] | null;
  participants?: { agencyId: string; mode?: AttendanceMode | null; role?: string | null }[] | null;
  agenda?:
    | {
        title: string;
        description?: string | null;
        speakerName?: string | null;
        speakerRole?: string | null;
        speakerAgencyId?: string | null;
      }[]
    | null;
  decisions?: NewDecision[] | null;
  recommendations?: { label?: string | null; text: string }[] | null;
  followUps?:
    | {
        label?: string | null;
        description: string;
        ownerId?: string | null;
        dueDate?: Date | string | null;
        status?: FollowUpStatus | null;
      }[]
    | null;
  notes?: string[] | null;
  source?: string | null;
}

export interface NewDecision {
  text: string;
  regencyCode?: string | null;
  proposalId?: string | null;
}

export interface RecordAgencyCommand {
  name: string;
  shortName?: string | null;
  kind: AgencyKind;
  provinceCode?: string | null;
  regencyCode?: string | null;
  parentId?: string | null;
  coveredProvinceCodes?: string[] | null;
}

const DEFAULT_TIME_ZONE = 'Asia/Jakarta';

function isUniqueViolation(error: unknown): boolean {
  if (error instanceof UniqueConstraintViolationException) return true;
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505';
}

async function prepareDecisions(decisions: readonly NewDecision[], argument: string): Promise<MeetingRecord['decisions']> {
  const rows = decisions.map((d, index) => ({
    id: randomUUID(),
    text: requiredText(d.text, `${argument}[${index}].text`),
    regencyCode: d.regencyCode ?? null,
    proposalId: d.proposalId == null ? null : assertUuid(d.proposalId, `${argument}[${index}].proposalId`),
  }));
  for (const [index, row] of rows.entries()) {
    if (row.regencyCode) await assertKnownRegencies([row.regencyCode], `${argument}[${index}].regencyCode`);
  }
  return rows;
}

/** The rules of recording meetings and agencies: everything is checked before anything is written, in one transaction. */
export class MeetingWriter {
  constructor(private readonly em: EntityManager) {}

  /** Records a meeting with all it holds; returns its id. The same client id again returns the meeting already recorded. */
  async recordMeeting(command: RecordMeetingCommand, actor: Caller): Promise<string> {
    const id = command.id == null ? randomUUID() : assertUuid(command.id, 'id');
    const title = requiredText(command.title, 'title', 500);
    const timeZone = assertTimeZone(command.timeZone?.trim() || DEFAULT_TIME_ZONE);
    if (Number.isNaN(command.startsAt.getTime()))
      throw new HubError(ErrorCode.VALIDATION_FAILED, 'startsAt is not a valid instant', { argument: 'startsAt' });
    if (command.endsAt && command.endsAt.getTime() < command.startsAt.getTime()) {
      throw new HubError(ErrorCode.INVALID_DATE_RANGE, 'endsAt is before startsAt', {
        startsAt: command.startsAt.toISOString(),
        endsAt: command.endsAt.toISOString(),
      });
    }
    const provinceCodes = [...new Set(command.provinceCodes ?? [])];
    const regencyCodes = [...new Set(command.regencyCodes ?? [])];
    await assertKnownProvinces(provinceCodes, 'provinceCodes');
    await assertKnownRegencies(regencyCodes, 'regencyCodes');

    const participants = (command.participants ?? []).map((p, index) => ({
      id: randomUUID(),
      agencyId: assertUuid(p.agencyId, `participants[${index}].agencyId`),
      mode: p.mode ?? null,
      role: optionalText(p.role, `participants[${index}].role`),
    }));
    const seen = new Set<string>();
    for (const [index, p] of participants.entries()) {
      if (seen.has(p.agencyId)) {
        throw new HubError(ErrorCode.VALIDATION_FAILED, `participants[${index}]: agency ${p.agencyId} is listed twice`, {
          argument: `participants[${index}].agencyId`,
        });
      }
      seen.add(p.agencyId);
    }
    const agenda = (command.agenda ?? []).map((a, index) => ({
      id: randomUUID(),
      title: requiredText(a.title, `agenda[${index}].title`, 500),
      description: optionalText(a.description, `agenda[${index}].description`),
      speakerName: optionalText(a.speakerName, `agenda[${index}].speakerName`, 200),
      speakerRole: optionalText(a.speakerRole, `agenda[${index}].speakerRole`, 200),
      speakerAgencyId: a.speakerAgencyId == null ? null : assertUuid(a.speakerAgencyId, `agenda[${index}].speakerAgencyId`),
    }));
    const decisions = await prepareDecisions(command.decisions ?? [], 'decisions');
    const recommendations = (command.recommendations ?? []).map((r, index) => ({
      id: randomUUID(),
      label: optionalText(r.label, `recommendations[${index}].label`, 20),
      text: requiredText(r.text, `recommendations[${index}].text`),
    }));
    const notes = (command.notes ?? []).map((text, index) => requiredText(text, `notes[${index}]`, 4_000));
    const venue = optionalText(command.venue, 'venue', 500);
    const source = optionalText(command.source, 'source', 1_000);

    // A retry with the same id returns the meeting already recorded; a different meeting under that id is a conflict.
    const alreadyRecorded = async (em: EntityManager): Promise<string | null> => {
      const [existing] = await query<{ id: string; title: string; starts_at_ms: string }>(
        em,
        `select id, title, (extract(epoch from starts_at) * 1000)::bigint::text as starts_at_ms from meetings.meeting where id = ?::uuid`,
        [id],
      );
      if (!existing) return null;
      if (existing.title === title && Number(existing.starts_at_ms) === command.startsAt.getTime()) return existing.id;
      throw new HubError(ErrorCode.CONFLICT, `A different meeting with id ${id} is already recorded`, {
        argument: 'id',
        value: id,
      });
    };

    try {
      return await this.em.transactional(async (tx) => {
        const recorded = await alreadyRecorded(tx);
        if (recorded) return recorded;
        await assertAgenciesExist(tx, [
          { id: command.organizerId, argument: 'organizerId' },
          ...participants.map((p, index) => ({ id: p.agencyId, argument: `participants[${index}].agencyId` })),
          ...agenda.flatMap((a, index) =>
            a.speakerAgencyId ? [{ id: a.speakerAgencyId, argument: `agenda[${index}].speakerAgencyId` }] : [],
          ),
        ]);
        const followUps = await prepareFollowUps(tx, command.followUps ?? []);
        const meeting: MeetingRecord = {
          id,
          title,
          kind: command.kind,
          startsAt: command.startsAt.toISOString(),
          endsAt: command.endsAt?.toISOString() ?? null,
          startsOn: localDay(command.startsAt, timeZone),
          timeZone,
          venue,
          mode: command.mode,
          organizerId: command.organizerId.toLowerCase(),
          modeled: false,
          source,
          provinceCodes,
          regencyCodes,
          participants,
          agenda,
          decisions,
          recommendations,
          followUps,
          notes,
        };
        await insertMeetings(tx, [meeting], { skipExisting: false });
        await markAuthorship(tx, 'meeting', 'id', id, actor, 'created');
        await markAuthorship(tx, 'decision', 'meeting_id', id, actor, 'created');
        await auditTrail.record(tx, actor, {
          operation: 'recordMeeting',
          entity: 'Meeting',
          entityId: id,
          before: null,
          after: meeting,
        });
        return id;
      });
    } catch (error) {
      // Two concurrent writes of the same id: the second fails on the primary key once the first commits.
      if (command.id != null && isUniqueViolation(error)) {
        const recorded = await alreadyRecorded(this.em);
        if (recorded) return recorded;
      }
      throw error;
    }
  }

  /** Adds decisions to a meeting, after those it has; all or none. */
  async addDecisions(meetingId: string, decisions: readonly NewDecision[], actor: Caller): Promise<void> {
    if (decisions.length === 0)
      throw new HubError(ErrorCode.VALIDATION_FAILED, 'decisions must not be empty', { argument: 'decisions' });
    const rows = await prepareDecisions(decisions, 'decisions');
    await appendToMeeting(this.em, meetingId, DECISIONS, 'addDecisions', actor, (tx) =>
      query(
        tx,
        `insert into meetings.decision (id, meeting_id, position, text, regency_code, proposal_id, created_by, updated_by, created_at, updated_at)
         select d.id, ?::uuid, base.n + d.idx, d.text, d.regency_code, d.proposal_id, ?, ?, now(), now()
         from json_to_recordset(?::json) as d(id uuid, idx int, text text, regency_code text, proposal_id uuid),
           (select coalesce(max(position), 0) as n from meetings.decision where meeting_id = ?::uuid) base`,
        [meetingId, actor.id, actor.id, recordsetParam(rows.map((row, index) => ({ ...row, idx: index + 1 }))), meetingId],
      ),
    );
  }

  /** Records an agency; area codes are checked against the reference frame. Returns its id. */
  async recordAgency(command: RecordAgencyCommand, actor: Caller): Promise<string> {
    const name = requiredText(command.name, 'name', 300);
    const shortName = optionalText(command.shortName, 'shortName', 100);
    const regencyCode = command.regencyCode ?? null;
    let provinceCode = command.provinceCode ?? null;
    if (provinceCode) await assertKnownProvinces([provinceCode], 'provinceCode');
    if (regencyCode) {
      await assertKnownRegencies([regencyCode], 'regencyCode');
      if (provinceCode && regencyCode.slice(0, 2) !== provinceCode) {
        throw new HubError(ErrorCode.VALIDATION_FAILED, `kab/kota ${regencyCode} is not in province ${provinceCode}`, {
          argument: 'regencyCode',
        });
      }
      provinceCode = regencyCode.slice(0, 2);
    }
    const covered = [...new Set(command.coveredProvinceCodes ?? [])];
    await assertKnownProvinces(covered, 'coveredProvinceCodes');
    const parentId = command.parentId == null ? null : assertUuid(command.parentId, 'parentId');
    const id = randomUUID();
    await this.em.transactional(async (tx) => {
      if (parentId) await assertAgenciesExist(tx, [{ id: parentId, argument: 'parentId' }]);
      const agency = {
        id,
        name,
        shortName,
        kind: command.kind,
        provinceCode,
        regencyCode,
        parentId,
        coveredProvinceCodes: covered,
      };
      await insertAgencies(tx, [agency]);
      await auditTrail.record(tx, actor, {
        operation: 'recordAgency',
        entity: 'Agency',
        entityId: id,
        before: null,
        after: agency,
      });
    });
    return id;
  }
}
