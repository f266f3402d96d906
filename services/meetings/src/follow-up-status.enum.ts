import { registerEnumType } from 'type-graphql';

export enum FollowUpStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}
registerEnumType(FollowUpStatus, { name: 'FollowUpStatus', description: 'Where a follow-up action (tindak lanjut) stands' });
