import { Migration } from '@housing-hub/database';

/**
 * Realization imports carry the financing source (sumber dana) and the proposal a fact funds.
 * The source joins the natural key of an imported fact, so one file can split a scheme's figures in a
 * kab/kota and year by who paid (APBN beside APBD beside CSR); the proposal is a value of the fact, and
 * the history keeps both, so a re-issue that changes them keeps what was there before.
 */
export class Migration20261129110000_realization_import_financing extends Migration {
  override async up(): Promise<void> {
    this.addSql('drop index if exists programs.realization_import_key_unique');
    this.addSql(`
      create unique index realization_import_key_unique on programs.realization
        (year, scheme, regency_code, coalesce(month, 0), coalesce(category, ''), coalesce(channel, ''),
         coalesce(financing_source, ''), source_code)
        where batch_id is not null`);
    this.addSql('alter table programs.realization_history add column financing_source text');
    this.addSql('alter table programs.realization_history add column proposal_id uuid');
  }

  override async down(): Promise<void> {
    this.addSql('alter table programs.realization_history drop column if exists proposal_id');
    this.addSql('alter table programs.realization_history drop column if exists financing_source');
    this.addSql('drop index if exists programs.realization_import_key_unique');
    this.addSql(`
      create unique index realization_import_key_unique on programs.realization
        (year, scheme, regency_code, coalesce(month, 0), coalesce(category, ''), coalesce(channel, ''), source_code)
        where batch_id is not null`);
  }
}
