import { registerEnumType } from 'type-graphql';

export enum MeetingKind {
  RAKOR = 'RAKOR',
  RAKORNIS = 'RAKORNIS',
  EVALUATION = 'EVALUATION',
  DESK_SINKRONISASI = 'DESK_SINKRONISASI',
  POKJA = 'POKJA',
  BRIEFING = 'BRIEFING',
  WORKSHOP = 'WORKSHOP',
  OTHER = 'OTHER',
}
registerEnumType(MeetingKind, {
  name: 'MeetingKind',
  description: 'What kind of meeting',
  valuesConfig: {
    RAKOR: { description: 'Rapat koordinasi: coordination meeting' },
    RAKORNIS: { description: 'Rapat koordinasi teknis: technical coordination meeting' },
    EVALUATION: { description: 'Evaluasi: evaluation of results' },
    DESK_SINKRONISASI: {
      description:
        "Desk Sinkronisasi Usulan: local governments' proposals checked one by one against need and priority indicators",
    },
    POKJA: { description: 'Meeting of a working group (Pokja PKP)' },
    BRIEFING: { description: 'Sosialisasi: briefing on a policy or programme' },
    WORKSHOP: { description: 'Workshop, bimbingan teknis' },
    OTHER: { description: 'Any other meeting' },
  },
});
