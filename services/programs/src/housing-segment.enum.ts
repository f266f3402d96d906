import { registerEnumType } from 'type-graphql';

export enum HousingSegment {
  RURAL = 'RURAL',
  URBAN = 'URBAN',
}
registerEnumType(HousingSegment, {
  name: 'HousingSegment',
  description: 'The two parts of the Program 3 Juta Rumah target',
  valuesConfig: {
    RURAL: { description: 'Perdesaan: 2 million homes a year, mostly renovation' },
    URBAN: { description: 'Perkotaan: 1 million homes a year, mostly new' },
  },
});
