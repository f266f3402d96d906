import type { TrackedTable } from '@housing-hub/database';

/**
 * The tables whose changes are logged (need figures and areas), under their dataset names. The change-log migration
 * installed triggers on these; a table added here needs a migration that adds its triggers.
 */
export const REGIONS_CHANGE_LOG: TrackedTable[] = [
  { table: 'need_observation', dataset: 'need', keyColumn: 'id' },
  { table: 'province', dataset: 'areas', keyColumn: 'code' },
  { table: 'regency', dataset: 'areas', keyColumn: 'code' },
];
