import { Migration } from '@housing-hub/database';

/** Pendataan: how far each kab/kota got in collecting the data of a programme in a fiscal year. */
export class Migration20261129090000_pendataan extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table regions.pendataan_progress (
        id bigserial primary key,
        regency_code varchar(5) not null references regions.regency (code),
        fiscal_year smallint not null check (fiscal_year between 2000 and 2100),
        target_households integer not null check (target_households >= 0),
        surveyed integer not null check (surveyed >= 0),
        verified integer not null check (verified >= 0 and verified <= surveyed),
        as_of date not null,
        source_code text not null references regions.data_source (code),
        constraint pendataan_progress_regency_year_source_unique unique (regency_code, fiscal_year, source_code)
      )`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists regions.pendataan_progress');
  }
}
