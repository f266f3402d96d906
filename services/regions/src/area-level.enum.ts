import { registerEnumType } from 'type-graphql';

export enum AreaLevel {
  PROVINCE = 'PROVINCE',
  REGENCY = 'REGENCY',
}
registerEnumType(AreaLevel, { name: 'AreaLevel', description: 'A province or a kab/kota' });
