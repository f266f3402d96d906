import { registerEnumType } from 'type-graphql';

export enum RealizationStatus {
  /** Delivered (houses handed over, mortgages disbursed). */
  REALIZED = 'REALIZED',
  /** The year is still being delivered: the figure may grow. */
  IN_PROGRESS = 'IN_PROGRESS',
  /** Only the allocation (pagu) is published for that year, not what was delivered. */
  ALLOCATED = 'ALLOCATED',
}
registerEnumType(RealizationStatus, { name: 'RealizationStatus', description: 'How final a realization figure is' });
