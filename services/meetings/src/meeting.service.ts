import type { EntityManager } from '@mikro-orm/core';
import {
  assertProvinceCode,
  assertRegencyCode,
  assertUuid,
  ErrorCode,
  HubError,
  isUuid,
  toConnection,
  type Connection,
  type PageRequest,
} from '@housing-hub/subgraph-kit';
import type { Agency } from './agency.entity.js';
import type { AgencyKind } from './agency-kind.enum.js';
import type { AgendaItem } from './agenda-item.entity.js';
import type { Decision } from './decision.entity.js';
import type { FollowUp } from './follow-up.entity.js';
import type { FollowUpStatus } from './follow-up-status.enum.js';
import type { Meeting } from './meeting.entity.js';
import type { AttendanceMode } from './attendance-mode.enum.js';
import { MeetingKind } from './meeting-kind.enum.js';
import type { Participant } from './participant.entity.js';
import type { Recommendation } from './recommendation.entity.js';
import { authorshipColumns, toAuthorship, type AuthorshipRow } from './authorship.js';
import { isoDate, isoInstant, jsonParam, query } from './sql.js';

export interface MeetingFilter {
  provinceCode?: string | null;
  regencyCode?: string | null;
  kind?: MeetingKind | null;
  /** Meetings an agency organized or took part in. */
  agencyId?: string | null;
  /** Meetings organized or attended by an agency of that kind (e.g. LAND_OFFICE: ATR/BPN). */
  agencyKind?: AgencyKind | null;
  /** Calendar days `YYYY-MM-DD`, inclusive, compared with the meeting's local start day. */
  from?: string | null;
  to?: string | null;
  /** Any of these kinds. */
  kinds?: readonly MeetingKind[] | null;
  /** Covering any of these provinces (or any of their kab/kota). */
  provinceCodes?: readonly string[] | null;
  /** Latest first instead of earliest first. */
  newestFirst?: boolean;
}

/** A request for the meetings of one area in a date window (what `Regency.meetings(from, to)` asks). */
export interface AreaMeetingsKey {
  code: string;
  from: string | null;
  to: string | null;
}
export const areaMeetingsKeyId = (key: AreaMeetingsKey) => `${key.code}|${key.from ?? ''}|${key.to ?? ''}`;

export interface AreaLink {
  meetingId: string;
  code: string;
}

/** A follow-up with its owner agency (read in the same statement). */
export type FollowUpWithOwner = FollowUp & { owner: Agency | null };

export interface MeetingNoteRow {
  meetingId: string;
  position: number;
  text: string;
}

interface AgencyColumns {
  a_id: string;
  a_name: string;
  a_short_name: string | null;
  a_kind: AgencyKind;
  a_province_code: string | null;
  a_regency_code: string | null;
  a_parent_id: string | null;
}

const AGENCY_JOIN_COLUMNS = `a.id as a_id, a.name as a_name, a.short_name as a_short_name, a.kind as a_kind,
  a.province_code as a_province_code, a.regency_code as a_regency_code, a.parent_id as a_parent_id`;

/** Splits a row read with `AGENCY_JOIN_COLUMNS` into the row itself and its agency (null where the left join found none). */
function splitAgency<T extends Partial<AgencyColumns>>(row: T): [Omit<T, keyof AgencyColumns>, Agency | null] {
  const { a_id, a_name, a_short_name, a_kind, a_province_code, a_regency_code, a_parent_id, ...rest } = row;
  const agency = a_id
    ? {
        id: a_id,
        name: a_name!,
        shortName: a_short_name ?? null,
        kind: a_kind!,
        provinceCode: a_province_code ?? null,
        regencyCode: a_regency_code ?? null,
        parentId: a_parent_id ?? null,
      }
    : null;
  return [rest, agency];
}

interface MeetingRow extends AuthorshipRow {
  id: string;
  title: string;
  kind: MeetingKind;
  starts_at: string;
  ends_at: string | null;
  starts_on: string;
  time_zone: string;
  venue: string | null;
  mode: AttendanceMode;
  organizer_id: string;
  modeled: boolean;
  source: string | null;
}

export const MEETING_COLUMNS = `m.id, m.title, m.kind, ${isoInstant('m.starts_at')} as starts_at, ${isoInstant('m.ends_at')} as ends_at,
  ${isoDate('m.starts_on')} as starts_on, m.time_zone, m.venue, m.mode, m.organizer_id, m.modeled, m.source, ${authorshipColumns('m')}`;

export function toMeeting(row: MeetingRow): Meeting {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    startsAt: new Date(row.starts_at),
    endsAt: row.ends_at ? new Date(row.ends_at) : null,
    startsOn: row.starts_on,
    timeZone: row.time_zone,
    venue: row.venue,
    mode: row.mode,
    organizerId: row.organizer_id,
    modeled: row.modeled,
    source: row.source,
    ...toAuthorship(row),
  };
}

/** The keyset of the meeting order: start instant, then id (unique, stable); marked when the order is newest first. */
export const meetingCursorKey = (meeting: Meeting, newestFirst = false) =>
  `${meeting.startsAt.toISOString()}|${meeting.id}${newestFirst ? '|desc' : ''}`;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function parseMeetingCursorKey(key: string, newestFirst = false): { startsAt: string; id: string } {
  const [startsAt, id, ...rest] = key.split('|');
  // A cursor of one order does not continue the other.
  const marked = rest.length === 1 && rest[0] === 'desc';
  if (
    (newestFirst ? !marked : rest.length > 0) ||
    !startsAt ||
    !id ||
    !isUuid(id) ||
    Number.isNaN(Date.parse(startsAt)) ||
    new Date(startsAt).toISOString() !== startsAt
  ) {
    throw new HubError(ErrorCode.INVALID_CURSOR, 'The cursor is not one this API issued', { argument: 'after' });
  }
  return { startsAt, id };
}

/** Checks a date window: both ends are calendar days and `from` is not after `to`. */
export function assertDateRange(from: string | null | undefined, to: string | null | undefined): void {
  for (const [argument, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (value != null && !DAY.test(value)) {
      throw new HubError(ErrorCode.INVALID_DATE_RANGE, `${argument} must be a calendar date (YYYY-MM-DD), got "${value}"`, {
        argument,
        value,
      });
    }
  }
  if (from != null && to != null && from > to) {
    throw new HubError(ErrorCode.INVALID_DATE_RANGE, `from (${from}) is after to (${to})`, { from, to });
  }
}

export const COVERS_PROVINCE = `(exists (select 1 from meetings.meeting_province mp where mp.meeting_id = m.id and mp.province_code = %P)
  or exists (select 1 from meetings.meeting_regency mr where mr.meeting_id = m.id and left(mr.regency_code, 2) = %P))`;
const COVERS_REGENCY = `exists (select 1 from meetings.meeting_regency mr where mr.meeting_id = m.id and mr.regency_code = %R)`;

/** The meeting kinds that coordinate programmes with local governments: rapat koordinasi and rapat koordinasi teknis. */
export const COORDINATION_KINDS = [MeetingKind.RAKOR, MeetingKind.RAKORNIS];

/** Reads of meetings and everything they hold. Every batch method is one statement whatever the number of keys. */
export class MeetingService {
  constructor(private readonly em: EntityManager) {}

  /** Meetings in date order (start, then id), one page at a time, with the total count, in one statement. */
  async pageMeetings(filter: MeetingFilter, page: PageRequest): Promise<Connection<Meeting>> {
    if (filter.provinceCode != null) assertProvinceCode(filter.provinceCode);
    if (filter.regencyCode != null) assertRegencyCode(filter.regencyCode);
    assertDateRange(filter.from, filter.to);
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.provinceCode != null) {
      where.push(COVERS_PROVINCE.replaceAll('%P', '?'));
      params.push(filter.provinceCode, filter.provinceCode);
    }
    if (filter.regencyCode != null) {
      where.push(COVERS_REGENCY.replace('%R', '?'));
      params.push(filter.regencyCode);
    }
    if (filter.kind != null) {
      where.push('m.kind = ?');
      params.push(filter.kind);
    }
    if (filter.agencyId != null) {
      assertUuid(filter.agencyId, 'agencyId');
      where.push(
        '(m.organizer_id = ?::uuid or exists (select 1 from meetings.participant p where p.meeting_id = m.id and p.agency_id = ?::uuid))',
      );
      params.push(filter.agencyId, filter.agencyId);
    }
    if (filter.agencyKind != null) {
      where.push(`(exists (select 1 from meetings.agency o where o.id = m.organizer_id and o.kind = ?)
        or exists (select 1 from meetings.participant p join meetings.agency a on a.id = p.agency_id where p.meeting_id = m.id and a.kind = ?))`);
      params.push(filter.agencyKind, filter.agencyKind);
    }
    if (filter.kinds) {
      where.push('m.kind::text in (select json_array_elements_text(?::json))');
      params.push(JSON.stringify(filter.kinds));
    }
    if (filter.provinceCodes) {
      const covers = filter.provinceCodes.map((code) => {
        assertProvinceCode(code, 'provinceCodes');
        params.push(code, code);
        return COVERS_PROVINCE.replaceAll('%P', '?');
      });
      where.push(covers.length > 0 ? `(${covers.join(' or ')})` : 'false');
    }
    if (filter.from != null) {
      where.push('m.starts_on >= ?::date');
      params.push(filter.from);
    }
    if (filter.to != null) {
      where.push('m.starts_on <= ?::date');
      params.push(filter.to);
    }
    const newestFirst = Boolean(filter.newestFirst);
    let keyset = 'true';
    if (page.afterKey !== null) {
      const after = parseMeetingCursorKey(page.afterKey, newestFirst);
      keyset = `(m.starts_at, m.id) ${newestFirst ? '<' : '>'} (?::timestamptz, ?::uuid)`;
      params.push(after.startsAt, after.id);
    }
    params.push(page.size + 1);
    const rows = await query<MeetingRow & { total_count: string | number }>(
      this.em,
      `with matched as (
         select m.* from meetings.meeting m ${where.length ? `where ${where.join(' and ')}` : ''}
       )
       select ${MEETING_COLUMNS}, (select count(*) from matched) as total_count
       from matched m
       where ${keyset}
       order by ${newestFirst ? 'm.starts_at desc, m.id desc' : 'm.starts_at, m.id'}
       limit ?`,
      params,
    );
    let totalCount = Number(rows[0]?.total_count ?? 0);
    if (rows.length === 0 && page.afterKey !== null) totalCount = await this.countMeetings(filter);
    return toConnection(rows.map(toMeeting), page, totalCount, (meeting) => meetingCursorKey(meeting, newestFirst));
  }

  /** Kab/kota that took part in a coordination meeting (rakor, rakornis), in code order, in one statement. */
  async coordinationAttendees(): Promise<string[]> {
    const rows = await query<{ regency_code: string }>(
      this.em,
      `select distinct mr.regency_code from meetings.meeting_regency mr join meetings.meeting m on m.id = mr.meeting_id
       where m.kind::text in (select json_array_elements_text(?::json)) order by mr.regency_code`,
      [JSON.stringify(COORDINATION_KINDS)],
    );
    return rows.map((row) => row.regency_code);
  }

  /** Only when a page past the end has no row to carry the count. */
  private async countMeetings(filter: MeetingFilter): Promise<number> {
    const connection = await this.pageMeetings(filter, { afterKey: null, size: 1 });
    return connection.totalCount;
  }

  async meetingsByIds(ids: readonly string[]): Promise<Meeting[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return [];
    const rows = await query<MeetingRow>(
      this.em,
      `select ${MEETING_COLUMNS} from meetings.meeting m where m.id in (select value::uuid from json_array_elements_text(?::json))`,
      [jsonParam(valid)],
    );
    return rows.map(toMeeting);
  }

  /** The meetings covering each kab/kota in each date window, in date order. */
  async meetingsOfRegencies(keys: readonly AreaMeetingsKey[]): Promise<Meeting[][]> {
    return this.meetingsOfAreas(
      keys,
      `exists (select 1 from meetings.meeting_regency mr where mr.meeting_id = m.id and mr.regency_code = req.code)`,
    );
  }

  /** The meetings covering each province or any of its kab/kota, in each date window. */
  async meetingsOfProvinces(keys: readonly AreaMeetingsKey[]): Promise<Meeting[][]> {
    return this.meetingsOfAreas(
      keys,
      `(exists (select 1 from meetings.meeting_province mp where mp.meeting_id = m.id and mp.province_code = req.code)
        or exists (select 1 from meetings.meeting_regency mr where mr.meeting_id = m.id and left(mr.regency_code, 2) = req.code))`,
    );
  }

  private async meetingsOfAreas(keys: readonly AreaMeetingsKey[], covers: string): Promise<Meeting[][]> {
    const requests = keys.map((key) => ({ key: areaMeetingsKeyId(key), code: key.code, from_day: key.from, to_day: key.to }));
    const rows = await query<MeetingRow & { req_key: string }>(
      this.em,
      `with req as (select * from json_to_recordset(?::json) as r(key text, code text, from_day date, to_day date))
       select req.key as req_key, ${MEETING_COLUMNS}
       from req join meetings.meeting m
         on ${covers}
        and (req.from_day is null or m.starts_on >= req.from_day)
        and (req.to_day is null or m.starts_on <= req.to_day)
       order by m.starts_at, m.id`,
      [jsonParam(requests)],
    );
    const byKey = new Map<string, Meeting[]>();
    for (const row of rows) {
      const list = byKey.get(row.req_key) ?? [];
      list.push(toMeeting(row));
      byKey.set(row.req_key, list);
    }
    return keys.map((key) => byKey.get(areaMeetingsKeyId(key)) ?? []);
  }

  async provincesOfMeetings(meetingIds: readonly string[]): Promise<AreaLink[]> {
    return this.areasOfMeetings('province', meetingIds);
  }

  async regenciesOfMeetings(meetingIds: readonly string[]): Promise<AreaLink[]> {
    return this.areasOfMeetings('regency', meetingIds);
  }

  private areasOfMeetings(level: 'province' | 'regency', meetingIds: readonly string[]): Promise<AreaLink[]> {
    return this.rowsOfMeetings(
      `meeting_id as "meetingId", ${level}_code as code`,
      `meetings.meeting_${level}`,
      meetingIds,
      `${level}_code`,
    );
  }

  /** Participants with their agencies, in one statement (the agencies prime the request's agency loader). */
  async participantsOfMeetings(meetingIds: readonly string[]): Promise<(Participant & { agency: Agency })[]> {
    const rows = await this.rowsOfMeetings<Participant & AgencyColumns>(
      `p.id, p.meeting_id as "meetingId", p.position, p.agency_id as "agencyId", p.mode, p.role, ${AGENCY_JOIN_COLUMNS}`,
      'meetings.participant p join meetings.agency a on a.id = p.agency_id',
      meetingIds,
    );
    return rows.map((row) => {
      const [participant, agency] = splitAgency(row);
      return { ...participant, agency: agency! };
    });
  }

  async agendaOfMeetings(meetingIds: readonly string[]): Promise<AgendaItem[]> {
    return this.rowsOfMeetings(
      `id, meeting_id as "meetingId", position, title, description, speaker_name as "speakerName",
         speaker_role as "speakerRole", speaker_agency_id as "speakerAgencyId"`,
      'meetings.agenda_item',
      meetingIds,
    );
  }

  async decisionsOfMeetings(meetingIds: readonly string[]): Promise<Decision[]> {
    const rows = await this.rowsOfMeetings<Omit<Decision, keyof AuthorshipRow> & AuthorshipRow>(
      `d.id, d.meeting_id as "meetingId", d.position, d.text, d.regency_code as "regencyCode", d.proposal_id as "proposalId",
         ${authorshipColumns('d')}`,
      'meetings.decision d',
      meetingIds,
    );
    return rows.map((row) => ({ ...row, ...toAuthorship(row) }));
  }

  async recommendationsOfMeetings(meetingIds: readonly string[]): Promise<Recommendation[]> {
    return this.rowsOfMeetings(`id, meeting_id as "meetingId", position, label, text`, 'meetings.recommendation', meetingIds);
  }

  async notesOfMeetings(meetingIds: readonly string[]): Promise<MeetingNoteRow[]> {
    return this.rowsOfMeetings(`meeting_id as "meetingId", position, text`, 'meetings.meeting_note', meetingIds);
  }

  /** Rows of many meetings (`select` from `from`, where `meeting_id` is unambiguous) in one statement, by meeting, then `order`. */
  private rowsOfMeetings<T>(select: string, from: string, meetingIds: readonly string[], order = 'position'): Promise<T[]> {
    return query<T>(
      this.em,
      `select ${select} from ${from}
       where meeting_id in (select value::uuid from json_array_elements_text(?::json)) order by meeting_id, ${order}`,
      [jsonParam(meetingIds)],
    );
  }

  async followUpsOfMeetings(meetingIds: readonly string[]): Promise<FollowUpWithOwner[]> {
    return this.selectFollowUps(`meeting_id in (select value::uuid from json_array_elements_text(?::json))`, [
      jsonParam(meetingIds),
    ]);
  }

  async followUpsByIds(ids: readonly string[]): Promise<FollowUpWithOwner[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return [];
    return this.selectFollowUps(`id in (select value::uuid from json_array_elements_text(?::json))`, [jsonParam(valid)]);
  }

  private async selectFollowUps(where: string, params: unknown[]): Promise<FollowUpWithOwner[]> {
    const rows = await query<
      Omit<FollowUp, 'updatedAt'> & { updatedAt: string; status: FollowUpStatus } & Partial<AgencyColumns>
    >(
      this.em,
      `select f.id, f.meeting_id as "meetingId", f.position, f.label, f.description, f.owner_id as "ownerId",
         ${isoDate('f.due_date')} as "dueDate", f.status, f.version, ${isoInstant('f.updated_at')} as "updatedAt", ${AGENCY_JOIN_COLUMNS}
       from meetings.follow_up f left join meetings.agency a on a.id = f.owner_id
       where f.${where} order by f.meeting_id, f.position`,
      params,
    );
    return rows.map((row) => {
      const [followUp, owner] = splitAgency(row);
      return { ...followUp, updatedAt: new Date(followUp.updatedAt), owner };
    });
  }
}
