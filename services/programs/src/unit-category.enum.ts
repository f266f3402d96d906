import { registerEnumType } from 'type-graphql';

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
