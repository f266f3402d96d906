import { Migration } from '@housing-hub/database';

/**
 * The funding-source dimension of realization (sumber dana: APBN, APBD provinsi, APBD kab/kota, CSR,
 * developer, bank). Null reads as the scheme's own source (CSR: CSR; any other scheme: APBN), so the
 * existing facts need no rewrite (and the rollup triggers no pass over them).
 */
export class Migration20261129100000_financing_source extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table programs.realization add column financing_source text
      check (financing_source in ('APBN', 'APBD_PROVINCE', 'APBD_REGENCY', 'CSR', 'DEVELOPER', 'BANK'))`);
  }

  override async down(): Promise<void> {
    this.addSql('alter table programs.realization drop column if exists financing_source');
  }
}
