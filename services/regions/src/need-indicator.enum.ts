import { registerEnumType } from 'type-graphql';

export enum NeedIndicator {
  HOUSEHOLDS = 'HOUSEHOLDS',
  OWNERSHIP_BACKLOG = 'OWNERSHIP_BACKLOG',
  HABITABILITY_BACKLOG = 'HABITABILITY_BACKLOG',
  UNINHABITABLE_HOMES = 'UNINHABITABLE_HOMES',
}
registerEnumType(NeedIndicator, {
  name: 'NeedIndicator',
  description: 'What a need figure counts',
  valuesConfig: {
    HOUSEHOLDS: { description: 'Households (rumah tangga)' },
    OWNERSHIP_BACKLOG: { description: 'Backlog kepemilikan: households not living in a home they own' },
    HABITABILITY_BACKLOG: { description: 'Backlog kelayakan: households living in housing that is not layak huni' },
    UNINHABITABLE_HOMES: { description: 'RTLH: rumah tidak layak huni, houses' },
  },
});
