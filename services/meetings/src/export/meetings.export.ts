import {
  anyOf,
  dateFilters,
  type ExportDataset,
  isoDate,
  modeledColumn,
  trueOrFalse,
  utcInstant,
} from '@housing-hub/subgraph-kit';
import { coversProvince, coversRegency } from './meeting-areas.sql.js';

/**
 * What both datasets share: a row is dated by one of its days (`date`), and it reaches its provinces and
 * kab/kota through its meeting `m`. `more`: the dataset's other filters.
 */
function datedMeetingScope(date: string, more: ExportDataset['filters'] = {}): Pick<ExportDataset, 'years' | 'filters'> {
  return {
    years: `extract(year from ${date})`,
    filters: { province: coversProvince('m.id'), regency: coversRegency('m.id'), ...dateFilters(date), ...more },
  };
}

/** Meetings, one row each, with their organizer and the areas they covered (space-separated codes). */
export const meetingsExport: ExportDataset = {
  name: 'meetings',
  title: 'Coordination meetings on housing programmes',
  description:
    'Coordination meetings (rakor, rakornis, evaluations, desks) between the ministry, its BP3KP units and local governments: when, where, how, who organized them and which provinces and kab/kota they covered.',
  keywords: ['rapat koordinasi', 'rakor', 'BP3KP', 'meetings', 'Dinas Perkim'],
  updateFrequency: 'irregular',
  table: 'meetings.meeting m',
  joins: 'join meetings.agency a on a.id = m.organizer_id',
  key: 'm.id',
  ...datedMeetingScope('m.starts_on'),
  columns: [
    { name: 'id', sql: 'm.id', description: 'Meeting id (as in the graph)' },
    { name: 'title', sql: 'm.title', description: 'Title' },
    { name: 'kind', sql: 'm.kind', description: 'What kind of meeting' },
    { name: 'starts_at', sql: utcInstant('m.starts_at'), description: 'Start (UTC)' },
    { name: 'ends_at', sql: utcInstant('m.ends_at'), description: 'End (UTC), when known' },
    { name: 'starts_on', sql: isoDate('m.starts_on'), description: 'Local date of the start' },
    { name: 'time_zone', sql: 'm.time_zone', description: 'Time zone of the venue' },
    { name: 'venue', sql: 'm.venue', description: 'Venue' },
    { name: 'mode', sql: 'm.mode', description: 'IN_PERSON, ONLINE or HYBRID' },
    { name: 'organizer_id', sql: 'a.id', description: 'Organizing agency id' },
    { name: 'organizer_name', sql: 'a.name', description: 'Organizing agency' },
    {
      name: 'province_codes',
      sql: `(select string_agg(mp.province_code, ' ' order by mp.province_code) from meetings.meeting_province mp where mp.meeting_id = m.id)`,
      description: 'Kemendagri codes of the provinces covered, space-separated',
    },
    {
      name: 'regency_codes',
      sql: `(select string_agg(mr.regency_code, ' ' order by mr.regency_code) from meetings.meeting_regency mr where mr.meeting_id = m.id)`,
      description: 'Kemendagri codes of the kab/kota covered, space-separated',
    },
    { name: 'source', sql: 'm.source', description: 'Where the record comes from (article, minutes)' },
    modeledColumn(trueOrFalse('m.modeled'), 'true when the record is modeled (demo), not from a source'),
  ],
};

/** Follow-ups of meetings, one row each, with their owner, due date and status. */
export const followUpsExport: ExportDataset = {
  name: 'follow-ups',
  title: 'Follow-up actions (tindak lanjut) of coordination meetings',
  description: 'What each meeting asked someone to do, who owns it, by when, and where it stands.',
  keywords: ['tindak lanjut', 'follow-up', 'rapat koordinasi'],
  updateFrequency: 'irregular',
  table: 'meetings.follow_up f',
  joins: `join meetings.meeting m on m.id = f.meeting_id
    left join meetings.agency o on o.id = f.owner_id`,
  key: 'f.id',
  ...datedMeetingScope('f.due_date', { status: anyOf('status', 'f.status') }),
  columns: [
    { name: 'id', sql: 'f.id', description: 'Follow-up id' },
    { name: 'meeting_id', sql: 'm.id', description: 'The meeting that decided it' },
    { name: 'meeting_title', sql: 'm.title', description: 'Its title' },
    { name: 'meeting_starts_on', sql: isoDate('m.starts_on'), description: 'Its local date' },
    { name: 'label', sql: 'f.label', description: 'Its number or letter in the minutes' },
    { name: 'description', sql: 'f.description', description: 'What is to be done' },
    { name: 'owner_id', sql: 'o.id', description: 'Owning agency id' },
    { name: 'owner_name', sql: 'o.name', description: 'Owning agency' },
    { name: 'due_date', sql: isoDate('f.due_date'), description: 'Due date' },
    { name: 'status', sql: 'f.status', description: 'OPEN, IN_PROGRESS, DONE or CANCELLED' },
    { name: 'updated_at', sql: utcInstant('f.updated_at'), description: 'When it last changed (UTC)' },
  ],
};
