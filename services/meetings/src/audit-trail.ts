import { AuditTrail } from '@housing-hub/subgraph-kit';

/** Where every write of the meetings subgraph records who changed what (`meetings.audit_entry`). */
export const auditTrail = new AuditTrail('meetings');
