import { Migration20261123000000_area_frame_and_need } from './Migration20261123000000_area_frame_and_need.js';
import { Migration20261123010000_need_imports } from './Migration20261123010000_need_imports.js';
import { Migration20261129040000_need_read_indexes } from './Migration20261129040000_need_read_indexes.js';
import { Migration20261129070000_change_log } from './Migration20261129070000_change_log.js';
import { Migration20261129070000_indicators_and_nation } from './Migration20261129070000_indicators_and_nation.js';
import { Migration20261129080000_audit_entries } from './Migration20261129080000_audit_entries.js';
import { Migration20261129090000_pendataan } from './Migration20261129090000_pendataan.js';
import { Migration20261129140000_source_undated_reason } from './Migration20261129140000_source_undated_reason.js';

/** Every migration of the regions schema, oldest first. */
export const regionsMigrations = [
  Migration20261123000000_area_frame_and_need,
  Migration20261123010000_need_imports,
  Migration20261129040000_need_read_indexes,
  Migration20261129070000_change_log,
  Migration20261129070000_indicators_and_nation,
  Migration20261129080000_audit_entries,
  Migration20261129090000_pendataan,
  Migration20261129140000_source_undated_reason,
];
