import { Migration } from '@housing-hub/database';

/** Awards a meeting gave (e.g. the best pendataan of seed 002): which kab/kota, which category, which rank. */
export class Migration20261129090000_awards extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table meetings.award (
        id uuid primary key,
        meeting_id uuid not null references meetings.meeting (id),
        regency_code varchar(5) not null check (regency_code ~ '^[0-9]{2}[.][0-9]{2}$'),
        category text not null,
        rank smallint check (rank >= 1),
        note text,
        modeled boolean not null default false,
        unique (meeting_id, category, regency_code)
      )`);
    this.addSql('create index award_meeting_id_index on meetings.award (meeting_id)');
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists meetings.award');
  }
}
