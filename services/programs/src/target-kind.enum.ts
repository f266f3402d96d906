import { registerEnumType } from 'type-graphql';

export enum TargetKind {
  /** A quota fixed for the year (e.g. the FLPP quota set by the Ministry of Finance). */
  QUOTA = 'QUOTA',
  /** A planned volume (pagu, a minister's plan). */
  PLAN = 'PLAN',
  /** A target announced with the year's realization. */
  TARGET = 'TARGET',
}
registerEnumType(TargetKind, { name: 'TargetKind', description: 'What kind of target a figure is' });
