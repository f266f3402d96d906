import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { registerEnumType } from 'type-graphql';
import { FundingScheme } from './program.entity.js';

export enum RealizationStatus {
  /** Delivered (houses handed over, mortgages disbursed). */
  REALIZED = 'REALIZED',
  /** The year is still being delivered: the figure may grow. */
  IN_PROGRESS = 'IN_PROGRESS',
  /** Only the allocation (pagu) is published for that year, not what was delivered. */
  ALLOCATED = 'ALLOCATED',
}
registerEnumType(RealizationStatus, { name: 'RealizationStatus', description: 'How final a realization figure is' });

export enum UnitCategory {
  /** Peningkatan kualitas: upgrading an existing house (BSPS). */
  PK = 'PK',
  /** Pembangunan baru: building a new house (BSPS). */
  PB = 'PB',
}
registerEnumType(UnitCategory, {
  name: 'UnitCategory',
  description: 'BSPS category',
  valuesConfig: { PK: { description: 'Peningkatan kualitas (upgrade)' }, PB: { description: 'Pembangunan baru (new build)' } },
});

/**
 * One realization fact: a scheme in a kab/kota in a year (and month, for FLPP), by category (BSPS PK/PB)
 * and channel (the bank for FLPP, the company for CSR), with units and exact rupiah. Aggregated in SQL only.
 */
@Entity({ tableName: 'realization' })
@Index({ properties: ['year', 'scheme', 'regencyCode'] })
@Index({ properties: ['year', 'provinceCode', 'scheme'] })
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
