import { AuditTrail } from '@housing-hub/subgraph-kit';

/** Where every write of the programs subgraph records who changed what (`programs.audit_entry`). */
export const auditTrail = new AuditTrail('programs');
