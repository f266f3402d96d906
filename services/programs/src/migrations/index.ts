import { Migration20261123100000_programs } from './Migration20261123100000_programs.js';
import { Migration20261123110000_program_imports } from './Migration20261123110000_program_imports.js';
import { Migration20261129040000_area_read_indexes } from './Migration20261129040000_area_read_indexes.js';
import { Migration20261129050000_funding_rollup } from './Migration20261129050000_funding_rollup.js';
import { Migration20261129070000_change_log } from './Migration20261129070000_change_log.js';
import { Migration20261129070000_national_programmes } from './Migration20261129070000_national_programmes.js';
import { Migration20261129080000_audit_entries } from './Migration20261129080000_audit_entries.js';
import { Migration20261129080000_realization_proposal } from './Migration20261129080000_realization_proposal.js';
import { Migration20261129100000_financing_source } from './Migration20261129100000_financing_source.js';
import { Migration20261129100500_funding_rollup_sources } from './Migration20261129100500_funding_rollup_sources.js';
import { Migration20261129110000_realization_import_financing } from './Migration20261129110000_realization_import_financing.js';
import { Migration20261129140000_source_undated_reason } from './Migration20261129140000_source_undated_reason.js';
import { Migration20261129150000_published_bsps_details } from './Migration20261129150000_published_bsps_details.js';

/** Every migration of the programs schema, oldest first. */
export const programsMigrations = [
  Migration20261123100000_programs,
  Migration20261123110000_program_imports,
  Migration20261129040000_area_read_indexes,
  Migration20261129050000_funding_rollup,
  Migration20261129070000_change_log,
  Migration20261129070000_national_programmes,
  Migration20261129080000_audit_entries,
  Migration20261129080000_realization_proposal,
  Migration20261129100000_financing_source,
  Migration20261129100500_funding_rollup_sources,
  Migration20261129110000_realization_import_financing,
  Migration20261129140000_source_undated_reason,
  Migration20261129150000_published_bsps_details,
];
