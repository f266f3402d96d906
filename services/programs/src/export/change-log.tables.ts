import type { TrackedTable } from '@housing-hub/database';

/**
 * The tables whose changes are logged (realization facts and proposals), under their dataset names. The change-log migration
 * installed triggers on these; a table added here needs a migration that adds its triggers.
 */
export const PROGRAMS_CHANGE_LOG: TrackedTable[] = [
  { table: 'realization', dataset: 'realization', keyColumn: 'id' },
  { table: 'proposal', dataset: 'proposals', keyColumn: 'id' },
];
