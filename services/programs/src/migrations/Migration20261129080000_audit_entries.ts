import { auditEntryTableSql, Migration } from '@housing-hub/database';

/**
 * The audit trail of the programs subgraph: one row per change a write made, written in the write's
 * own transaction (see `AuditTrail` in the subgraph kit).
 */
export class Migration20261129080000_audit_entries extends Migration {
  override async up(): Promise<void> {
    for (const sql of auditEntryTableSql('programs')) this.addSql(sql);
  }
}
