import { AuditTrail } from '@housing-hub/subgraph-kit';

/** Where every write of the regions subgraph records who changed what (`regions.audit_entry`). */
export const auditTrail = new AuditTrail('regions');
