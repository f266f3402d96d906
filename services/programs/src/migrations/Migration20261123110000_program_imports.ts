import { Migration } from '@housing-hub/database';

/**
 * Imported files (by sha256), which file brought each realization fact and proposal, and the values a
 * re-issue of the same source replaced.
 *
 * Natural key of an imported realization fact, within its source: scheme, kab/kota, year, month (none
 * for a yearly figure), category (PK/PB or none) and channel (bank/company or none). Its values: units,
 * rupiah, status. The unique index leads with the aggregate indexes' columns (year, scheme, kab/kota) so
 * that a bulk load sorted by the key appends to all three indexes in order.
 */
export class Migration20261123110000_program_imports extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table programs.import_batch (
        id bigserial primary key,
        dataset text not null check (dataset in ('realization', 'proposals')),
        sha256 char(64) not null,
        file_name text,
        source_code text not null references programs.data_source (code),
        row_count integer not null check (row_count >= 0),
        imported_by text,
        imported_at timestamptz not null default now(),
        constraint import_batch_dataset_sha256_unique unique (dataset, sha256)
      )`);
    // No foreign key on realization.batch_id: only the import writes it, in the transaction that creates the batch,
    // and a foreign key costs a trigger per row (about 2.5 s per million imported facts on PostgreSQL 15).
    this.addSql(`alter table programs.realization add column batch_id bigint`);
    this.addSql(`
      create unique index realization_import_key_unique on programs.realization
        (year, scheme, regency_code, coalesce(month, 0), coalesce(category, ''), coalesce(channel, ''), source_code)
        where batch_id is not null`);
    this.addSql(`
      create table programs.realization_history (
        id bigserial primary key,
        realization_id bigint not null,
        scheme text not null,
        regency_code varchar(5) not null,
        year smallint not null,
        month smallint,
        category text,
        channel text,
        units integer not null,
        amount_idr numeric(20, 0) not null,
        status text not null,
        source_code text not null,
        batch_id bigint,
        superseded_by_batch_id bigint not null references programs.import_batch (id),
        superseded_at timestamptz not null default now()
      )`);
    this.addSql(`create index realization_history_key_index on programs.realization_history (regency_code, year, scheme)`);

    this.addSql(`alter table programs.proposal add column source_code text references programs.data_source (code)`);
    this.addSql(`alter table programs.proposal add column external_reference text`);
    this.addSql(`alter table programs.proposal add column import_key text`);
    this.addSql(`alter table programs.proposal add column batch_id bigint references programs.import_batch (id)`);
    this.addSql(`
      create unique index proposal_import_key_unique on programs.proposal (source_code, import_key)
        where import_key is not null`);
    this.addSql(`
      create table programs.proposal_history (
        id bigserial primary key,
        proposal_id uuid not null references programs.proposal (id) on delete cascade,
        regency_code varchar(5) not null,
        scheme text not null,
        fiscal_year smallint not null,
        proposed_units integer not null,
        proposer text not null,
        note text,
        source_code text,
        batch_id bigint,
        superseded_by_batch_id bigint not null references programs.import_batch (id),
        superseded_at timestamptz not null default now()
      )`);
    this.addSql(`create index proposal_history_proposal_id_index on programs.proposal_history (proposal_id)`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists programs.proposal_history');
    this.addSql('drop index if exists programs.proposal_import_key_unique');
    for (const column of ['batch_id', 'import_key', 'external_reference', 'source_code']) {
      this.addSql(`alter table programs.proposal drop column if exists ${column}`);
    }
    this.addSql('drop table if exists programs.realization_history');
    this.addSql('drop index if exists programs.realization_import_key_unique');
    this.addSql('alter table programs.realization drop column if exists batch_id');
    this.addSql('drop table if exists programs.import_batch');
  }
}
