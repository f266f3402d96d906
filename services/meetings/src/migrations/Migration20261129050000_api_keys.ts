import { Migration } from '@housing-hub/database';

/**
 * Partner API keys, owned with the agencies they belong to. Only the sha256 of a key is stored; the
 * key itself is shown once, when it is created.
 */
export class Migration20261129050000_api_keys extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table meetings.api_key (
        id uuid primary key,
        agency_id uuid not null references meetings.agency (id),
        label varchar(200) not null,
        scopes text[] not null,
        key_hash char(64) not null unique,
        key_prefix varchar(12) not null,
        created_by varchar(200) not null,
        created_at timestamptz not null,
        expires_at timestamptz,
        revoked_at timestamptz,
        last_used_at timestamptz
      )`);
    this.addSql(`create index api_key_agency_index on meetings.api_key (agency_id)`);
  }
}
