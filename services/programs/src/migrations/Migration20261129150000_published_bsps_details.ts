import { Migration } from '@housing-hub/database';

/**
 * What the published BSPS rows say beside their totals: a unit value's split into materials (bahan) and
 * wages (upah), e.g. "PK Rp17.5jt (15 bahan + 2.5 upah)", and a budget's absorption as of a date
 * ("94.48% absorbed by 2025-11-18"). Filled by the seed from the reference file; null where unpublished.
 */
export class Migration20261129150000_published_bsps_details extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table programs.unit_value
      add column materials_idr numeric(20, 0) check (materials_idr >= 0),
      add column wages_idr numeric(20, 0) check (wages_idr >= 0)`);
    this.addSql(`alter table programs.target
      add column budget_absorbed_percent numeric(5, 2) check (budget_absorbed_percent between 0 and 100),
      add column budget_absorbed_on date`);
  }

  override async down(): Promise<void> {
    this.addSql('alter table programs.unit_value drop column if exists materials_idr, drop column if exists wages_idr');
    this.addSql(
      'alter table programs.target drop column if exists budget_absorbed_percent, drop column if exists budget_absorbed_on',
    );
  }
}
