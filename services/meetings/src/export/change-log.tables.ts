import type { TrackedTable } from '@housing-hub/database';

/**
 * The tables whose changes are logged (meetings and follow-ups), under their dataset names. The change-log migration
 * installed triggers on these; a table added here needs a migration that adds its triggers.
 */
export const MEETINGS_CHANGE_LOG: TrackedTable[] = [
  { table: 'meeting', dataset: 'meetings', keyColumn: 'id' },
  { table: 'follow_up', dataset: 'follow-ups', keyColumn: 'id' },
];
