import type { TrackedTable } from '@housing-hub/database';

/**
 * Meetings and follow-ups: the tables the change-log migration (20261129070000) installed its triggers on. That
 * migration reads this list, so it stays as it is; a table added to the log gets its own list and migration.
 */
export const MEETINGS_CHANGE_LOG: TrackedTable[] = [
  { table: 'meeting', dataset: 'meetings', keyColumn: 'id' },
  { table: 'follow_up', dataset: 'follow-ups', keyColumn: 'id' },
];

/**
 * The provinces and kab/kota a meeting covers (migration 20261129120000), in the `meetings` dataset beside the
 * meeting: a link's key is `<meeting id>/<area code>` (the generated column `link_key`), its row the meeting id and
 * the code. Recording a meeting inserts its links; removing an area deletes one (a tombstone in the feed).
 */
export const MEETING_AREAS_CHANGE_LOG: TrackedTable[] = [
  { table: 'meeting_province', dataset: 'meetings', keyColumn: 'link_key' },
  { table: 'meeting_regency', dataset: 'meetings', keyColumn: 'link_key' },
];

/** Every table whose changes the meetings feed serves. */
export const MEETINGS_TRACKED_TABLES: TrackedTable[] = [...MEETINGS_CHANGE_LOG, ...MEETING_AREAS_CHANGE_LOG];
