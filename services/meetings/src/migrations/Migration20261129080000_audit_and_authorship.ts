import { auditEntryTableSql, Migration } from '@housing-hub/database';

/**
 * The audit trail of the meetings subgraph: one row per change a write made, written in the write's
 * own transaction (see `AuditTrail` in the subgraph kit). Also who created and last changed meetings and decisions,
 * and the history of follow-up statuses.
 */
export class Migration20261129080000_audit_and_authorship extends Migration {
  override async up(): Promise<void> {
    for (const sql of auditEntryTableSql('meetings')) this.addSql(sql);
    // Who created and last changed a meeting and each decision (null: seeded before authorship was kept).
    for (const table of ['meeting', 'decision']) {
      this.addSql(`alter table meetings.${table} add column created_by varchar(200), add column updated_by varchar(200),
        add column created_at timestamptz, add column updated_at timestamptz`);
    }
    // Every status a follow-up took, who set it and when.
    this.addSql(`
      create table meetings.follow_up_status_change (
        id bigint generated always as identity primary key,
        follow_up_id uuid not null references meetings.follow_up (id),
        from_status text,
        to_status text not null,
        version integer not null,
        actor varchar(200) not null,
        at timestamptz not null
      )`);
    this.addSql(`create index follow_up_status_change_follow_up_index on meetings.follow_up_status_change (follow_up_id, id)`);
  }
}
