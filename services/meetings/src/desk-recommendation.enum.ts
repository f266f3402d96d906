import { registerEnumType } from 'type-graphql';

export enum DeskRecommendation {
  PRIORITY = 'PRIORITY',
  RESERVE = 'RESERVE',
  REJECT = 'REJECT',
}
registerEnumType(DeskRecommendation, {
  name: 'DeskRecommendation',
  description: 'What a desk recommends for a proposal',
  valuesConfig: {
    PRIORITY: { description: 'Recommended for funding (prioritas)' },
    RESERVE: { description: 'Kept in reserve (cadangan): funded if quota allows' },
    REJECT: { description: 'Not recommended (ditolak)' },
  },
});
