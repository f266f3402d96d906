import { Migration } from '@housing-hub/database';

/** Imported files (by sha256), which file brought each figure, and the values a re-issue replaced. */
export class Migration20261123010000_need_imports extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table regions.import_batch (
        id bigserial primary key,
        dataset text not null,
        sha256 char(64) not null,
        file_name text,
        source_code text not null references regions.data_source (code),
        row_count integer not null check (row_count >= 0),
        imported_by text,
        imported_at timestamptz not null default now(),
        constraint import_batch_dataset_sha256_unique unique (dataset, sha256)
      )`);
    this.addSql(`alter table regions.need_observation add column batch_id bigint references regions.import_batch (id)`);
    this.addSql(`
      create table regions.need_observation_history (
        id bigserial primary key,
        observation_id bigint not null,
        area_code varchar(5) not null,
        year smallint not null,
        indicator text not null,
        value integer not null,
        definition text,
        source_code text not null,
        batch_id bigint,
        superseded_by_batch_id bigint not null references regions.import_batch (id),
        superseded_at timestamptz not null default now()
      )`);
    this.addSql(
      `create index need_observation_history_key_index on regions.need_observation_history (area_code, year, indicator)`,
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists regions.need_observation_history');
    this.addSql('alter table regions.need_observation drop column if exists batch_id');
    this.addSql('drop table if exists regions.import_batch');
  }
}
