import { Entity, Enum, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { NeedIndicator } from './need-indicator.enum.js';

import { AreaLevel } from './area-level.enum.js';

export { AreaLevel };

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
