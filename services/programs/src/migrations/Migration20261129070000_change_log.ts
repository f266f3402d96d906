import { changeLogSql, Migration } from '@housing-hub/database';
import { PROGRAMS_CHANGE_LOG } from '../export/change-log.tables.js';

/** The change log of realization facts and proposals: what the changes feed, `updatedSince` and export ETags read. */
export class Migration20261129070000_change_log extends Migration {
  override async up(): Promise<void> {
    for (const statement of changeLogSql('programs', PROGRAMS_CHANGE_LOG)) this.addSql(statement);
  }

  override async down(): Promise<void> {
    for (const table of ['realization', 'proposal'])
      for (const event of ['inserts', 'updates', 'deletes'])
        this.addSql(`drop trigger if exists ${table}_log_${event} on programs.${table}`);
    this.addSql('drop function if exists programs.log_changes()');
    this.addSql('drop table if exists programs.change_log');
  }
}
