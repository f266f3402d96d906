import { Migration } from '@housing-hub/database';

/** The national programmes: Program Sejuta Rumah output (2015-2024) and the Program 3 Juta Rumah targets (from 2025). */
export class Migration20261129070000_national_programmes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table programs.sejuta_rumah_year (
        year smallint primary key check (year between 2015 and 2024),
        units_total integer not null check (units_total >= 0),
        units_mbr integer check (units_mbr >= 0),
        units_non_mbr integer check (units_non_mbr >= 0),
        units_csr integer check (units_csr >= 0),
        note text,
        source_code text not null references programs.data_source (code)
      )`);
    this.addSql(`
      create table programs.three_million_homes_target (
        year smallint primary key check (year between 2025 and 2100),
        units integer not null check (units >= 0),
        rural_units integer not null check (rural_units >= 0),
        urban_units integer not null check (urban_units >= 0),
        note text,
        source_code text not null references programs.data_source (code),
        check (rural_units + urban_units = units)
      )`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists programs.three_million_homes_target');
    this.addSql('drop table if exists programs.sejuta_rumah_year');
  }
}
