import { Migration } from '@housing-hub/database';

/** Why a source has no publication date (issue 12): every source has a date or says why it has none. */
export class Migration20261129140000_source_undated_reason extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table regions.data_source add column undated_reason text');
  }

  override async down(): Promise<void> {
    this.addSql('alter table regions.data_source drop column if exists undated_reason');
  }
}
