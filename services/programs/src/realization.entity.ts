import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { FundingScheme } from './funding-scheme.enum.js';
import { RealizationStatus } from './realization-status.enum.js';
import { UnitCategory } from './unit-category.enum.js';

/**
 * One realization fact: a scheme in a kab/kota in a year (and month, for FLPP), by category (BSPS PK/PB)
 * and channel (the bank for FLPP, the company for CSR), with units and exact rupiah. Aggregated in SQL only.
 */
@Entity({ tableName: 'realization' })
@Index({ properties: ['year', 'scheme', 'regencyCode'] })
@Index({ properties: ['regencyCode', 'year', 'scheme', 'sourceCode'] })
export class Realization {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Enum({ items: () => FundingScheme })
  scheme!: FundingScheme;

  @Property({ length: 5 })
  regencyCode!: string;

  @Property({ length: 2 })
  provinceCode!: string;

  @Property({ type: 'smallint' })
  year!: number;

  @Property({ type: 'smallint', nullable: true })
  month!: number | null;

  @Enum({ items: () => UnitCategory, nullable: true })
  category!: UnitCategory | null;

  /** The bank (FLPP) or company (CSR). */
  @Property({ type: 'text', nullable: true })
  channel!: string | null;

  @Property({ type: 'integer' })
  units!: number;

  /** Integer rupiah; numeric in the database, a string in JavaScript, never a float. */
  @Property({ type: 'decimal', precision: 20, scale: 0 })
  amountIdr!: string;

  @Enum({ items: () => RealizationStatus })
  status!: RealizationStatus;

  @Property({ type: 'text' })
  sourceCode!: string;
}

/** A fact's dimensions and figures as raw SQL returns them (snake_case columns): the history read and the demo model share it. */
export interface RealizationFactColumns {
  month: number | null;
  category: UnitCategory | null;
  channel: string | null;
  units: number;
  /** Integer rupiah as a decimal string. */
  amount_idr: string;
  status: RealizationStatus;
}
