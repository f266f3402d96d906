import { Migration } from '@housing-hub/database';

/** The areas of a meeting. Written out here, not read from the live list, so that this migration never changes. */
const AREA_LINKS = [
  { table: 'meeting_province', codeColumn: 'province_code' },
  { table: 'meeting_regency', codeColumn: 'regency_code' },
];

/**
 * A meeting's covered provinces and kab/kota in the change log, dataset `meetings`, as the other records are: the
 * log's triggers need one key column, so each link gets a generated `link_key` (`<meeting id>/<code>`), unique, which
 * the feed also reads inserted rows by. Links recorded before this migration are logged as inserts, so a partner
 * replaying the feed from its start gets every meeting's areas.
 */
export class Migration20261129120000_meeting_areas_change_log extends Migration {
  override async up(): Promise<void> {
    for (const { table, codeColumn } of AREA_LINKS) {
      this.addSql(
        `alter table meetings.${table} add column link_key text generated always as (meeting_id::text || '/' || ${codeColumn}) stored`,
      );
      this.addSql(`create unique index ${table}_link_key_index on meetings.${table} (link_key)`);
      this.addSql(`insert into meetings.change_log (dataset, source_table, record_key, operation)
        select 'meetings', '${table}', link_key, 'INSERT' from meetings.${table} order by link_key`);
      this.addSql(`create trigger ${table}_log_inserts after insert on meetings.${table} referencing new table as new_rows
        for each statement execute function meetings.log_changes('meetings', 'link_key')`);
      this.addSql(`create trigger ${table}_log_updates after update on meetings.${table}
        referencing old table as old_rows new table as new_rows
        for each statement execute function meetings.log_changes('meetings', 'link_key')`);
      this.addSql(`create trigger ${table}_log_deletes after delete on meetings.${table} referencing old table as old_rows
        for each statement execute function meetings.log_changes('meetings', 'link_key')`);
    }
  }

  override async down(): Promise<void> {
    for (const { table } of AREA_LINKS) {
      for (const event of ['inserts', 'updates', 'deletes'])
        this.addSql(`drop trigger if exists ${table}_log_${event} on meetings.${table}`);
      this.addSql(`delete from meetings.change_log where source_table = '${table}'`);
      this.addSql(`alter table meetings.${table} drop column if exists link_key`);
    }
  }
}
