import { changeLogSql, Migration } from '@housing-hub/database';
import { REGIONS_CHANGE_LOG } from '../export/change-log.tables.js';

/** The change log of need figures and areas: what the changes feed, `updatedSince` and export ETags read. */
export class Migration20261129070000_change_log extends Migration {
  override async up(): Promise<void> {
    for (const statement of changeLogSql('regions', REGIONS_CHANGE_LOG)) this.addSql(statement);
  }

  override async down(): Promise<void> {
    for (const table of ['need_observation', 'province', 'regency'])
      for (const event of ['inserts', 'updates', 'deletes'])
        this.addSql(`drop trigger if exists ${table}_log_${event} on regions.${table}`);
    this.addSql('drop function if exists regions.log_changes()');
    this.addSql('drop table if exists regions.change_log');
  }
}
