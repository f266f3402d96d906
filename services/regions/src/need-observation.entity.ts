import { Entity, Enum, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
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

export enum AreaLevel {
  PROVINCE = 'PROVINCE',
  REGENCY = 'REGENCY',
}
registerEnumType(AreaLevel, { name: 'AreaLevel', description: 'A province or a kab/kota' });

/** One figure: an area, a year, an indicator, a value, and where it comes from. */
@Entity({ tableName: 'need_observation' })
@Unique({ properties: ['areaCode', 'year', 'indicator', 'sourceCode'] })
export class NeedObservation {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ length: 5 })
  areaCode!: string;

  @Enum({ items: () => AreaLevel })
  areaLevel!: AreaLevel;

  @Property({ type: 'smallint' })
  year!: number;

  @Enum({ items: () => NeedIndicator })
  indicator!: NeedIndicator;

  @Property({ type: 'integer' })
  value!: number;

  /** Which definition the figure follows, e.g. the two backlog kelayakan series. */
  @Property({ type: 'text', nullable: true })
  definition!: string | null;

  @Property({ type: 'text' })
  sourceCode!: string;
}
