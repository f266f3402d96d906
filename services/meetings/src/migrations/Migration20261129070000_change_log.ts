import { changeLogSql, Migration } from '@housing-hub/database';
import { MEETINGS_CHANGE_LOG } from '../export/change-log.tables.js';

/** The change log of meetings and follow-ups: what the changes feed, `updatedSince` and export ETags read. */
export class Migration20261129070000_change_log extends Migration {
  override async up(): Promise<void> {
    for (const statement of changeLogSql('meetings', MEETINGS_CHANGE_LOG)) this.addSql(statement);
  }

  override async down(): Promise<void> {
    for (const table of ['meeting', 'follow_up'])
      for (const event of ['inserts', 'updates', 'deletes'])
        this.addSql(`drop trigger if exists ${table}_log_${event} on meetings.${table}`);
    this.addSql('drop function if exists meetings.log_changes()');
    this.addSql('drop table if exists meetings.change_log');
  }
}
