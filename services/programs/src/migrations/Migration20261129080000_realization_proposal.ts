import { Migration } from '@housing-hub/database';

/**
 * What was funded from a proposal: a realization fact may name the proposal it funds, so that a
 * proposal knows its funded units and rupiah (`Proposal.funded`).
 */
export class Migration20261129080000_realization_proposal extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table programs.realization add column proposal_id uuid');
    this.addSql(
      'create index realization_proposal_index on programs.realization (proposal_id) include (units, amount_idr, source_code) where proposal_id is not null',
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop index if exists programs.realization_proposal_index');
    this.addSql('alter table programs.realization drop column if exists proposal_id');
  }
}
