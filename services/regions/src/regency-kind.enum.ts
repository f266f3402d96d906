import { registerEnumType } from 'type-graphql';

export enum RegencyKind {
  KABUPATEN = 'KABUPATEN',
  KOTA = 'KOTA',
}
registerEnumType(RegencyKind, { name: 'RegencyKind', description: 'Kabupaten (regency) or kota (city)' });
