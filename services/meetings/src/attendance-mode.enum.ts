import { registerEnumType } from 'type-graphql';

export enum AttendanceMode {
  IN_PERSON = 'IN_PERSON',
  ONLINE = 'ONLINE',
  HYBRID = 'HYBRID',
}
registerEnumType(AttendanceMode, {
  name: 'AttendanceMode',
  description: 'How a meeting was held, or how one participant attended',
  valuesConfig: {
    IN_PERSON: { description: 'Luring' },
    ONLINE: { description: 'Daring' },
    HYBRID: { description: 'Daring dan luring' },
  },
});
