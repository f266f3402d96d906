import { Migration } from '@housing-hub/database';

/**
 * Every per-area read of the realization facts leads with its area: funding of a kab/kota or a
 * province in a year scanned the whole table before (no index led with the area; 13-15 ms of
 * PostgreSQL CPU per request on the demo data, 117-153 ms on the large profile). Both indexes
 * carry what the sums read, so the reads are index-only scans.
 *
 * The year-first province index goes: the province-first one serves the same equality filters.
 * The year-first `(year, scheme, regency_code)` one stays for national sums and breakdowns.
 */
export class Migration20261129040000_area_read_indexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index realization_regency_year_index on programs.realization (regency_code, year, scheme, source_code) include (units, amount_idr)`,
    );
    this.addSql(
      `create index realization_province_year_index on programs.realization (province_code, year, scheme, regency_code, source_code) include (units, amount_idr)`,
    );
    this.addSql(`drop index if exists programs.realization_year_province_scheme_index`);
  }

  override async down(): Promise<void> {
    this.addSql(
      `create index realization_year_province_scheme_index on programs.realization (year, province_code, scheme) include (units, amount_idr, source_code)`,
    );
    this.addSql(`drop index if exists programs.realization_province_year_index`);
    this.addSql(`drop index if exists programs.realization_regency_year_index`);
  }
}
